package org.trialdesk.randomization.entity;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One combination of levels of the stratification factors, the unit within which blocks are filled
 * and caps counted: {@code site=OSK;resectability=RESECTED}, factors in the scheme's order, or
 * {@link #WHOLE_TRIAL} when the scheme does not stratify. The key is stored and hashed as it is.
 */
public record Stratum(String key) {

  /** The one stratum of a trial that is not stratified. */
  public static final Stratum WHOLE_TRIAL = new Stratum("*");

  public Stratum {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("A stratum has a key");
    }
  }

  /**
   * The stratum of a subject with {@code levels}, for a scheme stratified by {@code stratifyBy}.
   */
  public static Stratum of(List<String> stratifyBy, Map<String, String> levels) {
    if (stratifyBy.isEmpty()) {
      return WHOLE_TRIAL;
    }
    for (String factor : stratifyBy) {
      String level = levels.get(factor);
      if (factor.chars().anyMatch(c -> c == ';' || c == '=')
          || (level != null && level.chars().anyMatch(c -> c == ';' || c == '='))) {
        throw new IllegalArgumentException(
            "A stratum cannot hold " + factor + "=" + level + ": ';' and '=' join its levels");
      }
    }
    return new Stratum(
        stratifyBy.stream().map(f -> f + "=" + levels.get(f)).collect(Collectors.joining(";")));
  }

  @Override
  public String toString() {
    return key;
  }
}
