package org.trialdesk.testsupport;

import java.time.LocalDate;
import java.util.List;

/**
 * A trial (as {@link RandomizedTrial}) whose subjects were randomized in the past, imported as
 * earlier allocations, so that follow-up, survival and response can be recorded over a span of
 * time. Every subject is at OSK, resected, randomized on {@link #day0}.
 */
public final class HistoricalTrial {

  public final String code;
  public final LocalDate day0;

  private HistoricalTrial(String code, LocalDate day0) {
    this.code = code;
    this.day0 = day0;
  }

  /** Imports {@code arms.get(i)} for subject {@code OSK-00(i+1)}, randomized 400 days ago. */
  public static HistoricalTrial of(Api api, String code, boolean blinded, List<String> arms) {
    RandomizedTrial.create(
        api, code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 50, blinded);
    LocalDate day0 = SiteDates.today().minusDays(400);
    StringBuilder csv = new StringBuilder("subjectId,siteCode,resectability,arm,randomizedOn\n");
    for (int i = 0; i < arms.size(); i++) {
      csv.append(subject(i))
          .append(",OSK,R,")
          .append(arms.get(i))
          .append(',')
          .append(day0)
          .append('\n');
    }
    Api.Reply imported =
        api.as("admin").postCsv("trials/" + code + "/allocations/import", csv.toString());
    if (imported.status() != 200) {
      throw new IllegalStateException("Not imported: " + imported);
    }
    RandomizedTrial.existing(api, code).open();
    return new HistoricalTrial(code, day0);
  }

  /** The ID of the {@code i}-th imported subject (from 0). */
  public static String subject(int i) {
    return String.format("OSK-%03d", i + 1);
  }

  public String path(int subject, String resource) {
    return "trials/" + code + "/subjects/" + subject(subject) + "/" + resource;
  }

  /** A date {@code days} after randomization. */
  public LocalDate day(long days) {
    return day0.plusDays(days);
  }
}
