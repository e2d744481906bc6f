package org.trialdesk.trial.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days of administration within a treatment cycle, as protocols write them: a day ("1"), a
 * range ("1-14", "1–14") or a list of both ("1, 8, 15"). Stored in one normal form ("1-14",
 * "1,8,15") and printed with an en dash.
 */
public final class CycleDays {

  private static final Pattern PART = Pattern.compile("(\\d{1,3})(?:-(\\d{1,3}))?");

  /** A day or a range of days, both ends included. */
  public record Span(int first, int last) {}

  private CycleDays() {}

  /**
   * The spans of {@code text} in the order written; empty when it is not a list of days and ranges,
   * or a range runs backwards, or a day is 0. Full-width digits and dashes are accepted.
   */
  public static Optional<List<Span>> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFKC)
            .replaceAll("[\u2010-\u2015\u2212\u301c\uff5e~]", "-")
            .replace('、', ',')
            .replaceAll("\\s+", "");
    List<Span> spans = new ArrayList<>();
    for (String part : plain.split(",", -1)) {
      Matcher matcher = PART.matcher(part);
      if (!matcher.matches()) {
        return Optional.empty();
      }
      int first = Integer.parseInt(matcher.group(1));
      int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
      if (first < 1 || last < first) {
        return Optional.empty();
      }
      spans.add(new Span(first, last));
    }
    return Optional.of(List.copyOf(spans));
  }

  /** The last day named, to compare with the cycle's length. */
  public static int lastDay(List<Span> spans) {
    return spans.stream().mapToInt(Span::last).max().orElse(0);
  }

  /** The stored form: "1-14", "1,8,15". */
  public static String normal(List<Span> spans) {
    return join(spans, "-", ",");
  }

  /** The printed form of a stored value: "1–14", "1, 8, 15"; a single day counts as one. */
  public static String printed(String stored) {
    return parse(stored).map(spans -> join(spans, "–", ", ")).orElse(stored);
  }

  /** Whether the stored value names exactly one day, for "day 1" rather than "days 1–14". */
  public static boolean single(String stored) {
    return parse(stored)
        .map(spans -> spans.size() == 1 && spans.get(0).first() == spans.get(0).last())
        .orElse(false);
  }

  private static String join(List<Span> spans, String dash, String comma) {
    List<String> parts = new ArrayList<>();
    for (Span span : spans) {
      parts.add(
          span.first() == span.last() ? "" + span.first() : span.first() + dash + span.last());
    }
    return String.join(comma, parts);
  }
}
