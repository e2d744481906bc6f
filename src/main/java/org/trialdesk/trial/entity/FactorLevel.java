package org.trialdesk.trial.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import org.trialdesk.platform.i18n.SupportedLocales;

/** One level of a stratification factor, e.g. {@code RESECTABLE}. */
@Embeddable
public class FactorLevel implements Serializable {

  @NotBlank
  @Size(max = 20)
  @Pattern(regexp = Codes.PATTERN, message = "{org.trialdesk.validation.Code.message}")
  private String code;

  @NotBlank
  @Size(max = 200)
  private String name;

  /** The Japanese form; empty when not translated, and readers then see the English. */
  @Size(max = 200)
  @Column(name = "name_ja")
  private String nameJa;

  public FactorLevel() {}

  public FactorLevel(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  /** The name in the reader's language, falling back to English. */
  public String name(Locale reader) {
    return SupportedLocales.pick(reader, name, nameJa);
  }

  public String getNameJa() {
    return nameJa;
  }

  public void setNameJa(String nameJa) {
    this.nameJa = nameJa == null || nameJa.isBlank() ? null : nameJa.strip();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
