package org.trialdesk.architecture.planted.lower.entity;

import jakarta.faces.context.FacesContext;
import org.trialdesk.architecture.planted.upper.boundary.UpperService;

/**
 * Planted for ArchitectureTest: a lower capability's entity that uses a higher capability's
 * boundary (a cycle, an upward dependency, an entity knowing a boundary) and Faces outside ui.
 */
public class LowerRecord {

  UpperService upper;

  boolean rendering() {
    return FacesContext.getCurrentInstance() != null;
  }
}
