package org.trialdesk.trial.entity;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
