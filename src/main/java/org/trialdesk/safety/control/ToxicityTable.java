package org.trialdesk.safety.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The standard toxicity table: per arm, for each term, the number of subjects whose worst grade of
 * that term is 1, 2, 3, 4 or 5, and 3 or worse, with percentages of the subjects of the arm. A
 * subject counts once per term, at its worst grade.
 */
public final class ToxicityTable {

  private ToxicityTable() {}

  /** One event as the table needs it. */
  public record Event(long subject, String term, int grade) {}

  /**
   * Counts of one term in one arm: subjects at worst grade 1–5 and at 3 or worse, each also as a
   * percentage (one decimal) of the arm's randomized subjects.
   */
  public record Cell(
      String arm,
      int subjects,
      int[] byGrade,
      double[] percentByGrade,
      int gradeThreeOrWorse,
      double percentGradeThreeOrWorse) {

    static Cell of(String arm, int subjects, int[] byGrade, int gradeThreeOrWorse) {
      double[] percents = new double[byGrade.length];
      for (int i = 0; i < byGrade.length; i++) {
        percents[i] = percent(byGrade[i], subjects);
      }
      return new Cell(
          arm,
          subjects,
          byGrade,
          percents,
          gradeThreeOrWorse,
          percent(gradeThreeOrWorse, subjects));
    }

    private static double percent(int count, int subjects) {
      return subjects == 0 ? 0 : Math.round(1000.0 * count / subjects) / 10.0;
    }

    /** The grades 1–5 with their counts and percentages, for pages. */
    public List<GradeCount> grades() {
      List<GradeCount> grades = new ArrayList<>();
      for (int i = 0; i < byGrade.length; i++) {
        grades.add(new GradeCount(i + 1, byGrade[i], percentByGrade[i]));
      }
      return grades;
    }
  }

  public record GradeCount(int grade, int subjects, double percent) {}

  public record Row(String term, List<Cell> arms) {}

  /** How many subjects of an arm have {@code grade} as their worst grade of a term. */
  public record Worst(String term, String arm, int grade, long subjects) {}

  /**
   * @param armOf subject → arm, for every randomized subject (the denominators)
   * @param arms the arms in the order to show
   */
  public static List<Row> of(Map<Long, String> armOf, List<String> arms, List<Event> events) {
    Map<String, Integer> subjectsPerArm = new HashMap<>();
    armOf.values().forEach(arm -> subjectsPerArm.merge(arm, 1, Integer::sum));
    Map<String, Map<Long, Integer>> worstOf = new TreeMap<>();
    for (Event e : events) {
      if (armOf.containsKey(e.subject())) {
        worstOf
            .computeIfAbsent(e.term(), t -> new LinkedHashMap<>())
            .merge(e.subject(), e.grade(), Math::max);
      }
    }
    Map<List<Object>, Long> counted = new HashMap<>();
    worstOf.forEach(
        (term, bySubject) ->
            bySubject.forEach(
                (subject, grade) ->
                    counted.merge(List.of(term, armOf.get(subject), grade), 1L, Long::sum)));
    List<Worst> worst = new ArrayList<>();
    counted.forEach(
        (key, n) ->
            worst.add(new Worst((String) key.get(0), (String) key.get(1), (int) key.get(2), n)));
    return ofWorst(subjectsPerArm, arms, worst);
  }

  /**
   * The table from counts the database made: subjects per arm (the denominators) and, per term, arm
   * and grade, the subjects whose worst grade of the term it is.
   */
  public static List<Row> ofWorst(
      Map<String, Integer> subjectsPerArm, List<String> arms, List<Worst> worst) {
    Map<String, Map<String, int[]>> byTerm = new TreeMap<>();
    for (Worst w : worst) {
      byTerm.computeIfAbsent(w.term(), t -> new HashMap<>())
              .computeIfAbsent(w.arm(), a -> new int[5])[w.grade() - 1] +=
          (int) w.subjects();
    }
    List<Row> rows = new ArrayList<>();
    byTerm.forEach(
        (term, byArm) -> {
          List<Cell> cells = new ArrayList<>();
          for (String arm : arms) {
            int[] byGrade = byArm.getOrDefault(arm, new int[5]);
            int severe = byGrade[2] + byGrade[3] + byGrade[4];
            cells.add(Cell.of(arm, subjectsPerArm.getOrDefault(arm, 0), byGrade, severe));
          }
          rows.add(new Row(term, cells));
        });
    return rows;
  }
}
