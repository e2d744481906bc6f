package org.trialdesk.safety.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One CTCAE term as read from a dictionary file: MedDRA code, System Organ Class, term, and the
 * description of each grade 1–5, {@code null} where the grade does not exist for the term; {@code
 * japanese} holds the Japanese texts of a bilingual file, {@code null} when the file has none.
 */
public record CtcaeRow(
    long meddraCode,
    String soc,
    String term,
    List<String> grades,
    String definition,
    Japanese japanese) {

  /**
   * The Japanese texts of a term; each is {@code null} where the file left it empty, so that the
   * English text is shown instead.
   */
  public record Japanese(String soc, String term, List<String> grades, String definition) {

    public Japanese {
      grades = fiveGrades(grades);
    }
  }

  public CtcaeRow {
    grades = fiveGrades(grades);
  }

  /** A term of an English-only file. */
  public CtcaeRow(
      long meddraCode, String soc, String term, List<String> grades, String definition) {
    this(meddraCode, soc, term, grades, definition, null);
  }

  private static List<String> fiveGrades(List<String> grades) {
    if (grades.size() != 5) {
      throw new IllegalArgumentException("CTCAE has five grades");
    }
    return Collections.unmodifiableList(new ArrayList<>(grades));
  }
}
