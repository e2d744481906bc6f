package org.trialdesk.trial.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.trialdesk.audit.entity.Auditable;
import org.trialdesk.platform.i18n.SupportedLocales;

/**
 * A route, unit or schedule a regimen line may name. Regimen lines store the code; the names are
 * trial content in both languages, entered by whoever added the term. A term is never removed,
 * because lines and doses keep referring to it.
 */
@Entity
@Table(name = "regimen_term")
public class RegimenTerm implements Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @Enumerated(EnumType.STRING)
  private RegimenTermKind kind;

  @NotBlank
  @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "{regimenTerm.code.pattern}")
  private String code;

  @Pattern(regexp = "C[0-9]{1,8}", message = "{regimenTerm.cdiscCode.pattern}")
  @Column(name = "cdisc_code")
  private String cdiscCode;

  @NotBlank
  @Size(max = 80)
  @Column(name = "name_en")
  private String nameEn;

  @NotBlank
  @Size(max = 80)
  @Column(name = "name_ja")
  private String nameJa;

  @Column(name = "symbol_first")
  private boolean symbolFirst;

  @Column(name = "per_day")
  private boolean perDay;

  public RegimenTerm() {}

  public RegimenTerm(RegimenTermKind kind, String code, String nameEn, String nameJa) {
    this.kind = kind;
    this.code = code;
    this.nameEn = nameEn;
    this.nameJa = nameJa;
  }

  /** The name in the reader's language: Japanese for a Japanese reader, English otherwise. */
  public String name(Locale locale) {
    return SupportedLocales.pick(locale, nameEn, nameJa);
  }

  @Override
  public String auditType() {
    return "RegimenTerm";
  }

  @Override
  public String auditKey() {
    return "regimen-terms/" + kind + "/" + code;
  }

  @Override
  public Map<String, String> auditState() {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("kind", String.valueOf(kind));
    state.put("code", code);
    state.put("cdiscCode", cdiscCode);
    state.put("nameEn", nameEn);
    state.put("nameJa", nameJa);
    state.put("symbolFirst", String.valueOf(symbolFirst));
    state.put("perDay", String.valueOf(perDay));
    return state;
  }

  public Long getId() {
    return id;
  }

  public RegimenTermKind getKind() {
    return kind;
  }

  public void setKind(RegimenTermKind kind) {
    this.kind = kind;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getCdiscCode() {
    return cdiscCode;
  }

  public void setCdiscCode(String cdiscCode) {
    this.cdiscCode = cdiscCode;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameJa() {
    return nameJa;
  }

  public void setNameJa(String nameJa) {
    this.nameJa = nameJa;
  }

  public boolean isSymbolFirst() {
    return symbolFirst;
  }

  public void setSymbolFirst(boolean symbolFirst) {
    this.symbolFirst = symbolFirst;
  }

  public boolean isPerDay() {
    return perDay;
  }

  public void setPerDay(boolean perDay) {
    this.perDay = perDay;
  }
}
