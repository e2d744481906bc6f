package org.trialdesk.outcome.entity;

/**
 * Where a lesion is. Lymph nodes count as one organ (EORTC's RECIST 1.1 clarification) and are
 * measured by their short axis.
 */
public enum Organ {
  LIVER,
  LUNG,
  LYMPH_NODE,
  PERITONEUM,
  PLEURA,
  BONE,
  ADRENAL,
  SPLEEN,
  KIDNEY,
  PANCREAS,
  BRAIN,
  COLON_RECTUM,
  OVARY,
  SKIN,
  SOFT_TISSUE,
  OTHER;

  public boolean nodal() {
    return this == LYMPH_NODE;
  }
}
