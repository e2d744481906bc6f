package org.trialdesk.safety.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CTCAE v5.0 term: its MedDRA code (the identity AEs refer to), System Organ Class, name, and the
 * description of each grade; a grade without description does not exist for the term.
 */
@Entity
@Table(name = "ctcae_term")
public class CtcaeTerm implements Serializable {

  public static final String STARTER = "STARTER";
  public static final String IMPORTED = "IMPORTED";

  @Id
  @Column(name = "meddra_code")
  private Long meddraCode;

  private String soc;

  private String term;

  private String grade1;
  private String grade2;
  private String grade3;
  private String grade4;
  private String grade5;

  private String definition;

  private String source;

  protected CtcaeTerm() {}

  public CtcaeTerm(long meddraCode) {
    this.meddraCode = meddraCode;
  }

  /** Takes over what a dictionary file says of the term. */
  public void describe(
      String soc, String term, List<String> grades, String definition, String source) {
    this.soc = soc;
    this.term = term;
    this.grade1 = grades.get(0);
    this.grade2 = grades.get(1);
    this.grade3 = grades.get(2);
    this.grade4 = grades.get(3);
    this.grade5 = grades.get(4);
    this.definition = definition;
    this.source = source;
  }

  /** Descriptions of grades 1–5, {@code null} where the grade does not exist. */
  public List<String> grades() {
    return Arrays.asList(grade1, grade2, grade3, grade4, grade5);
  }

  /** The grades that exist for this term, e.g. [1, 2, 3] for Nausea. */
  public List<Integer> validGrades() {
    List<Integer> valid = new ArrayList<>();
    List<String> grades = grades();
    for (int g = 1; g <= 5; g++) {
      if (grades.get(g - 1) != null) {
        valid.add(g);
      }
    }
    return valid;
  }

  public String gradeDescription(int grade) {
    return grade < 1 || grade > 5 ? null : grades().get(grade - 1);
  }

  /** "… - Other, specify" terms need the event in the reporter's words. */
  public boolean isOtherSpecify() {
    return term.endsWith("Other, specify");
  }

  public Long getMeddraCode() {
    return meddraCode;
  }

  public String getSoc() {
    return soc;
  }

  public String getTerm() {
    return term;
  }

  public String getDefinition() {
    return definition;
  }

  public String getSource() {
    return source;
  }
}
