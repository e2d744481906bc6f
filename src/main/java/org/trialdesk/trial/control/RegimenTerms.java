package org.trialdesk.trial.control;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trialdesk.trial.entity.RegimenTerm;
import org.trialdesk.trial.entity.RegimenTermKind;

/** The regimen vocabulary as read at one moment: every term by kind and code, in list order. */
public final class RegimenTerms {

  private final Map<RegimenTermKind, Map<String, RegimenTerm>> byKind =
      new EnumMap<>(RegimenTermKind.class);

  public RegimenTerms(List<RegimenTerm> terms) {
    for (RegimenTermKind kind : RegimenTermKind.values()) {
      byKind.put(kind, new LinkedHashMap<>());
    }
    terms.forEach(term -> byKind.get(term.getKind()).put(term.getCode(), term));
  }

  public Optional<RegimenTerm> find(RegimenTermKind kind, String code) {
    return Optional.ofNullable(code == null ? null : byKind.get(kind).get(code));
  }

  public List<RegimenTerm> of(RegimenTermKind kind) {
    return List.copyOf(byKind.get(kind).values());
  }
}
