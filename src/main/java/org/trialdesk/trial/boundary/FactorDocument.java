package org.trialdesk.trial.boundary;

import java.util.List;

/**
 * A stratification factor in the API. For the reserved factor {@code site} the levels are the
 * participating sites; levels sent for it are ignored.
 */
public record FactorDocument(String code, String name, String nameJa, List<LevelDocument> levels) {

  public record LevelDocument(String code, String name, String nameJa) {}
}
