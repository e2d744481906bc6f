package org.trialdesk.randomization.entity;

import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A subject's level of each stratification factor, as an allocation records them: one text in
 * factor order, {@code metastases=1;resectability=RESECTED}. The text is what is stored and hashed;
 * a value read from the database keeps it exactly, so an earlier chain still verifies.
 */
public record FactorLevels(String text) {

  public static final FactorLevels NONE = new FactorLevels("");

  public FactorLevels {
    if (text == null) {
      throw new IllegalArgumentException("Factor levels have a text, empty for none");
    }
  }

  /** The levels in factor order; a level never given reads {@code null}, as it always has. */
  public static FactorLevels of(Map<String, String> levels) {
    return new FactorLevels(
        new TreeMap<>(levels)
            .entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";")));
  }

  /** Factor code → level code, in the stored order. */
  public Map<String, String> levels() {
    Map<String, String> levels = new LinkedHashMap<>();
    if (!text.isEmpty()) {
      for (String pair : text.split(";")) {
        int eq = pair.indexOf('=');
        levels.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return levels;
  }

  @Override
  public String toString() {
    return text;
  }

  /** Stores the levels as their text, byte for byte. */
  @Converter
  public static class AsText extends TextConverter<FactorLevels> {
    public AsText() {
      super(FactorLevels::text, text -> text == null ? null : new FactorLevels(text));
    }
  }
}
