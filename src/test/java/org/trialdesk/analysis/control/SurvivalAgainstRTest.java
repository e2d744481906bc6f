package org.trialdesk.analysis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kaplan–Meier tables, medians with their intervals and the log-rank test against R 4.2.2 with
 * survival 3.5.3, to 4 decimals, on public datasets (the R script that wrote the expected files is
 * src/test/resources/analysis/reference.R):
 *
 * <ul>
 *   <li>{@code gehan}: the 6-MP remission data of Freireich et al., Blood 21 (1963) 699, as printed
 *       by Gehan, Biometrika 52 (1965) 203. R's output for it is published in many textbooks, e.g.
 *       Kleinbaum &amp; Klein, Survival Analysis, 3rd ed. (2012), computer appendix: 6-MP median 23
 *       (95% CI 16 to NA), placebo 8 (4 to 12), survdiff chi-square 16.8 on 1 df, p = 4.17e-5.
 *   <li>{@code aml}: Miller, Survival Analysis (1981), shipped with R's survival package and
 *       printed in its documentation (medians 31 and 23, lower bounds 18 and 8).
 *   <li>{@code lung}: the NCCTG lung cancer data of Loprinzi et al., J Clin Oncol 12 (1994) 601, by
 *       sex — 228 subjects with many ties, including an event and a censoring at one time.
 *   <li>{@code edge}: an arm whose curve stays at exactly one half (R takes the midpoint), an arm
 *       with one subject, and an arm with no events.
 * </ul>
 */
class SurvivalAgainstRTest {

  private static final double FOUR_DECIMALS = 0.5e-4;

  @ParameterizedTest
  @ValueSource(strings = {"gehan", "aml", "lung", "edge"})
  void kaplanMeierTablesAndMediansAreRs(String dataset) throws IOException {
    Map<String, List<SurvivalTime>> groups = data(dataset);
    Map<String, List<String[]>> expected = byGroup(rows(dataset + "-survfit.csv"));
    Map<String, List<String[]>> medians = byGroup(rows(dataset + "-summary.csv"));
    for (var group : groups.entrySet()) {
      KaplanMeier.Curve curve = KaplanMeier.estimate(group.getValue());
      List<String[]> table = expected.get(group.getKey());
      assertEquals(table.size(), curve.table().size(), dataset + " " + group.getKey() + " rows");
      for (int i = 0; i < table.size(); i++) {
        String[] r = table.get(i);
        KaplanMeier.Step step = curve.table().get(i);
        String at = dataset + " " + group.getKey() + " t=" + r[1];
        assertEquals(Double.parseDouble(r[1]), step.time(), 1e-9, at);
        assertEquals(Integer.parseInt(r[2]), step.atRisk(), at + " at risk");
        assertEquals(Integer.parseInt(r[3]), step.events(), at + " events");
        assertEquals(Integer.parseInt(r[4]), step.censored(), at + " censored");
        assertEquals(Double.parseDouble(r[5]), step.survival(), FOUR_DECIMALS, at + " survival");
        near(r[6], step.stdErr(), at + " std. error");
        near(r[7], step.lower(), at + " lower");
        near(r[8], step.upper(), at + " upper");
      }
      String[] m = medians.get(group.getKey()).get(0);
      String at = dataset + " " + group.getKey();
      near(m[1], curve.median(), at + " median");
      near(m[2], curve.medianLower(), at + " median lower");
      near(m[3], curve.medianUpper(), at + " median upper");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"gehan", "aml", "lung", "edge"})
  void logRankIsSurvdiffs(String dataset) throws IOException {
    LogRank.Result result = LogRank.test(List.copyOf(data(dataset).values()));
    String[] r = rows(dataset + "-summary.csv").get(0);
    assertEquals(Double.parseDouble(r[4]), result.chiSquare(), FOUR_DECIMALS, dataset + " chi");
    assertEquals(Integer.parseInt(r[5]), result.df(), dataset + " df");
    // p to 4 significant digits: Gehan's is 4.169e-5.
    double p = Double.parseDouble(r[6]);
    assertEquals(p, result.p(), p * 1e-4, dataset + " p");
  }

  @ParameterizedTest
  @ValueSource(doubles = {7, 365.25 / 12})
  void aChangeOfUnitOnlyScalesTheTimes(double divisor) throws IOException {
    List<SurvivalTime> placebo = data("gehan").get("Placebo");
    KaplanMeier.Curve days = KaplanMeier.estimate(placebo);
    KaplanMeier.Curve scaled =
        KaplanMeier.estimate(
            placebo.stream().map(o -> new SurvivalTime(o.time() / divisor, o.event())).toList());
    assertEquals(days.scaled(divisor), scaled);
  }

  @org.junit.jupiter.api.Test
  void noSubjectsAndOneGroupGiveNoTestAndNoMedian() {
    KaplanMeier.Curve empty = KaplanMeier.estimate(List.of());
    assertEquals(0, empty.n());
    assertNull(empty.median());
    LogRank.Result oneGroup = LogRank.test(List.of(List.of(SurvivalTime.event(3)), List.of()));
    assertNull(oneGroup.chiSquare());
    assertNull(oneGroup.p());
    assertEquals(0, oneGroup.df());
    LogRank.Result noEvents =
        LogRank.test(List.of(List.of(SurvivalTime.censored(3)), List.of(SurvivalTime.censored(4))));
    assertNull(noEvents.chiSquare());
  }

  private static void near(String expected, Double actual, String what) {
    if ("NA".equals(expected)) {
      assertNull(actual, what + " is NA in R");
    } else {
      assertEquals(Double.parseDouble(expected), actual, FOUR_DECIMALS, what);
    }
  }

  /** Observations per group, groups in the order of their names. */
  static Map<String, List<SurvivalTime>> data(String dataset) throws IOException {
    Map<String, List<SurvivalTime>> groups = new java.util.TreeMap<>();
    for (String[] r : rows(dataset + "-data.csv")) {
      groups
          .computeIfAbsent(r[2], g -> new ArrayList<>())
          .add(new SurvivalTime(Double.parseDouble(r[0]), "1".equals(r[1])));
    }
    return groups;
  }

  private static Map<String, List<String[]>> byGroup(List<String[]> rows) {
    Map<String, List<String[]>> groups = new LinkedHashMap<>();
    rows.forEach(r -> groups.computeIfAbsent(r[0], g -> new ArrayList<>()).add(r));
    return groups;
  }

  /** The rows of a reference file, without its header. */
  private static List<String[]> rows(String file) throws IOException {
    try (InputStream in = SurvivalAgainstRTest.class.getResourceAsStream("/analysis/" + file)) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      return lines.subList(1, lines.size()).stream().map(l -> l.split(",")).toList();
    }
  }
}
