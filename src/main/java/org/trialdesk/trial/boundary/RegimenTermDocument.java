package org.trialdesk.trial.boundary;

import java.util.Locale;
import org.trialdesk.platform.validation.EnumName;
import org.trialdesk.trial.entity.RegimenTerm;
import org.trialdesk.trial.entity.RegimenTermKind;

/**
 * A term of the regimen vocabulary in the API: its list, code, CDISC code where it has one, its
 * names in both languages and, ignored on input, the name in the caller's language.
 */
public record RegimenTermDocument(
    @EnumName(RegimenTermKind.class) String kind,
    String code,
    String cdiscCode,
    String nameEn,
    String nameJa,
    Boolean symbolFirst,
    Boolean perDay,
    String name) {

  static RegimenTermDocument of(RegimenTerm term, Locale locale) {
    return new RegimenTermDocument(
        term.getKind().name(),
        term.getCode(),
        term.getCdiscCode(),
        term.getNameEn(),
        term.getNameJa(),
        term.isSymbolFirst(),
        term.isPerDay(),
        term.name(locale));
  }

  RegimenTerm toTerm() {
    RegimenTerm term =
        new RegimenTerm(kind == null ? null : RegimenTermKind.valueOf(kind), code, nameEn, nameJa);
    term.setCdiscCode(cdiscCode == null || cdiscCode.isBlank() ? null : cdiscCode.strip());
    term.setSymbolFirst(Boolean.TRUE.equals(symbolFirst));
    term.setPerDay(Boolean.TRUE.equals(perDay));
    return term;
  }
}
