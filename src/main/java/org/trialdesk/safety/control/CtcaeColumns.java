package org.trialdesk.safety.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;

/**
 * Where the texts of a CTCAE file are, found from its header (docs/ctcae.md). English columns are
 * NCI's: MedDRA Code, MedDRA SOC, CTCAE Term, Grade 1 … Grade 5, Definition, matched by their start
 * (NCI's exports carry stray bytes after "Grade N"). A bilingual file adds Japanese columns, named
 * as the English one with a Japanese marker ("CTCAE Term (ja)", "Grade 1 日本語", "MedDRA SOC
 * (Japanese)") or by their Japanese name (器官別大分類, CTCAE用語, グレード1, 定義). Markers are looked for
 * first: "Grade 1 (ja)" also starts with "Grade 1".
 */
final class CtcaeColumns {

  static final int CODE = 0;
  static final int SOC = 1;
  static final int TERM = 2;
  static final int GRADE_1 = 3;
  static final int DEFINITION = 8;

  /** The English names, as reported when missing; Definition (the last) is optional. */
  static final List<String> ENGLISH =
      List.of(
          "MedDRA Code",
          "MedDRA SOC",
          "CTCAE Term",
          "Grade 1",
          "Grade 2",
          "Grade 3",
          "Grade 4",
          "Grade 5",
          "Definition");

  /** Further starts an English column may have, e.g. in a translation's workbook. */
  private static final List<List<String>> ENGLISH_ALIASES =
      List.of(
          List.of(), // "MedDRA v20.1 Code": see isEnglish
          List.of(),
          List.of("CTCAE v5.0 Term"),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of());

  /** Japanese names without a marker, and the English starts a marked Japanese column may have. */
  private static final List<List<String>> JAPANESE_NAMES =
      List.of(
          List.of(),
          List.of("器官別大分類", "MedDRA SOC", "SOC"),
          List.of("CTCAE用語", "CTCAE 用語", "有害事象", "CTCAE v5.0 Term", "CTCAE Term", "Term"),
          List.of("グレード1", "グレード 1", "Grade 1"),
          List.of("グレード2", "グレード 2", "Grade 2"),
          List.of("グレード3", "グレード 3", "Grade 3"),
          List.of("グレード4", "グレード 4", "Grade 4"),
          List.of("グレード5", "グレード 5", "Grade 5"),
          List.of("定義", "Definition"));

  private static final List<String> MARKERS =
      List.of("(ja)", "[ja]", "（ja）", "_ja", "(japanese)", "japanese", "（日本語）", "(日本語)", "日本語");

  /** The header's names as the file writes them, for naming a column in a problem. */
  private final List<String> names = new ArrayList<>();

  private final int[] english = new int[ENGLISH.size()];
  private final int[] japanese = new int[ENGLISH.size()];

  CtcaeColumns(CSVRecord header) {
    header.forEach(name -> names.add(name.strip()));
    Arrays.fill(english, -1);
    Arrays.fill(japanese, -1);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String unmarked = withoutMarker(name);
      int kind = unmarked == null ? japaneseByName(name) : japaneseByName(unmarked);
      if (kind >= 0 && (unmarked != null || isJapaneseName(name, kind))) {
        if (japanese[kind] < 0) {
          japanese[kind] = i;
        }
        continue;
      }
      if (unmarked != null) {
        // A marked column is Japanese, even one TrialDesk has no use for ("MedDRA Code (ja)").
        continue;
      }
      for (int c = 0; c < ENGLISH.size(); c++) {
        if (english[c] < 0 && isEnglish(name, c)) {
          english[c] = i;
          break;
        }
      }
    }
  }

  /** The names of required columns the header lacks. */
  List<String> missing() {
    List<String> missing = new ArrayList<>();
    for (int c = CODE; c < DEFINITION; c++) {
      if (english[c] < 0) {
        missing.add(ENGLISH.get(c));
      }
    }
    if (bilingual() && japanese[TERM] < 0) {
      // Japanese grades without the Japanese term are most likely a misspelt header.
      missing.add(ENGLISH.get(TERM) + " (ja)");
    }
    return missing;
  }

  boolean bilingual() {
    return Arrays.stream(japanese).anyMatch(i -> i >= 0);
  }

  /** The position of an English column; -1 when absent (only Definition may be). */
  int english(int kind) {
    return english[kind];
  }

  /** The position of a Japanese column; -1 when absent. */
  int japanese(int kind) {
    return japanese[kind];
  }

  /** The furthest position a line must reach for the required columns. */
  int lastRequired() {
    return Arrays.stream(english, CODE, DEFINITION).max().orElse(0);
  }

  /** The column's name as the file's header writes it. */
  String name(int position) {
    return position >= 0 && position < names.size() ? names.get(position) : "";
  }

  private static boolean isEnglish(String name, int kind) {
    if (name.startsWith(ENGLISH.get(kind))) {
      return true;
    }
    if (kind == CODE) {
      return name.startsWith("MedDRA v") && name.endsWith("Code");
    }
    return ENGLISH_ALIASES.get(kind).stream().anyMatch(name::startsWith);
  }

  /** The name with its Japanese marker taken off; {@code null} when it has none. */
  private static String withoutMarker(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String marker : MARKERS) {
      int at = lower.indexOf(marker);
      if (at >= 0) {
        return (name.substring(0, at) + name.substring(at + marker.length())).strip();
      }
    }
    return null;
  }

  private static int japaneseByName(String name) {
    for (int c = SOC; c < JAPANESE_NAMES.size(); c++) {
      for (String start : JAPANESE_NAMES.get(c)) {
        if (name.startsWith(start)) {
          return c;
        }
      }
    }
    return -1;
  }

  /** A name in Japanese (器官別大分類), which needs no marker. */
  private static boolean isJapaneseName(String name, int kind) {
    return JAPANESE_NAMES.get(kind).stream()
        .filter(start -> start.codePoints().anyMatch(cp -> cp > 0x2E80))
        .anyMatch(name::startsWith);
  }
}
