package org.trialdesk.trial.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trialdesk.platform.i18n.SupportedLocales;

/**
 * A stratification factor with its levels. The factor coded {@value #SITE} is reserved: its levels
 * are the trial's participating sites, so it stores none of its own.
 */
@Entity
@Table(name = "stratification_factor")
public class StratificationFactor implements Serializable {

  public static final String SITE = "site";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "trial_id")
  private Trial trial;

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

  @Valid
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "factor_level", joinColumns = @JoinColumn(name = "factor_id"))
  @OrderColumn(name = "position")
  private List<FactorLevel> levels = new ArrayList<>();

  protected StratificationFactor() {}

  public StratificationFactor(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public static StratificationFactor blank() {
    return new StratificationFactor();
  }

  public StratificationFactor level(String levelCode, String levelName) {
    return level(levelCode, levelName, null);
  }

  /** Adds a level with its Japanese name, null when not translated. */
  public StratificationFactor level(String levelCode, String levelName, String levelNameJa) {
    FactorLevel level = new FactorLevel(levelCode, levelName);
    level.setNameJa(levelNameJa);
    levels.add(level);
    return this;
  }

  /** The name of level {@code levelCode} in the reader's language; the code if it has none. */
  public String levelName(String levelCode, Locale reader) {
    return levels.stream()
        .filter(l -> l.getCode().equals(levelCode))
        .map(l -> l.name(reader))
        .findFirst()
        .orElse(levelCode);
  }

  /** Takes the name and levels of {@code other}, keeping this factor's identity. */
  StratificationFactor copyOf(StratificationFactor other) {
    name = other.name;
    nameJa = other.nameJa;
    if (levels != other.levels) {
      List<FactorLevel> replacement = new ArrayList<>(other.levels);
      levels.clear();
      levels.addAll(replacement);
    }
    return this;
  }

  public boolean isSite() {
    return SITE.equals(code);
  }

  void belongTo(Trial trial) {
    this.trial = trial;
  }

  public Long getId() {
    return id;
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

  public List<FactorLevel> getLevels() {
    return levels;
  }
}
