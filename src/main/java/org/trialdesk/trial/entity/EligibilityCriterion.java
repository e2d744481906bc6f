package org.trialdesk.trial.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import org.trialdesk.platform.i18n.SupportedLocales;

/** An inclusion or exclusion criterion, answered yes/no for every screened patient. */
@Embeddable
public class EligibilityCriterion implements Serializable {

  @NotBlank
  @Size(max = 20)
  @Pattern(regexp = Codes.PATTERN, message = "{org.trialdesk.validation.Code.message}")
  private String code;

  @NotNull
  @Enumerated(EnumType.STRING)
  private CriterionType type;

  @NotBlank
  @Size(max = 1000)
  @Column(name = "criterion_text")
  private String text;

  /** The Japanese form; empty when not translated, and readers then see the English. */
  @Size(max = 1000)
  @Column(name = "text_ja")
  private String textJa;

  public EligibilityCriterion() {}

  public EligibilityCriterion(String code, CriterionType type, String text) {
    this.code = code;
    this.type = type;
    this.text = text;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public CriterionType getType() {
    return type;
  }

  public void setType(CriterionType type) {
    this.type = type;
  }

  /** The text in the reader's language, falling back to English. */
  public String text(Locale reader) {
    return SupportedLocales.pick(reader, text, textJa);
  }

  public String getTextJa() {
    return textJa;
  }

  public void setTextJa(String textJa) {
    this.textJa = textJa == null || textJa.isBlank() ? null : textJa.strip();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
