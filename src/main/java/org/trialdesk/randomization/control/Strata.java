package org.trialdesk.randomization.control;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Names of strata: one combination of the levels of the stratification factors. */
public final class Strata {

  /** The one stratum of a trial that is not stratified. */
  public static final String WHOLE_TRIAL = "*";

  private Strata() {}

  /** E.g. {@code site=OSK;resectability=RESECTED}, factors in the order given. */
  public static String of(List<String> stratifyBy, Map<String, String> levels) {
    if (stratifyBy.isEmpty()) {
      return WHOLE_TRIAL;
    }
    return stratifyBy.stream().map(f -> f + "=" + levels.get(f)).collect(Collectors.joining(";"));
  }
}
