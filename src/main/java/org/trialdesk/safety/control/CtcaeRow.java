package org.trialdesk.safety.control;

import java.util.List;

/**
 * One CTCAE term as read from a dictionary file: MedDRA code, System Organ Class, term, and the
 * description of each grade 1–5, {@code null} where the grade does not exist for the term.
 */
public record CtcaeRow(
    long meddraCode, String soc, String term, List<String> grades, String definition) {

  public CtcaeRow {
    if (grades.size() != 5) {
      throw new IllegalArgumentException("CTCAE has five grades");
    }
    grades = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(grades));
  }
}
