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
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.trialdesk.audit.entity.Auditable;
import org.trialdesk.platform.i18n.SupportedLocales;

/** A treatment arm of a trial with its allocation weight and its structured regimen. */
@Entity
public class Arm implements Serializable, Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

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

  /** Allocation ratio weight: arms weighted 2 and 1 are allocated 2:1. */
  @NotNull
  @Positive
  @Max(100)
  private Integer ratio = 1;

  @Size(max = 2000)
  private String description;

  @Valid
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "arm_agent_dose", joinColumns = @JoinColumn(name = "arm_id"))
  @OrderColumn(name = "position")
  @Size(min = 1, message = "{org.trialdesk.validation.Regimen.empty}")
  private List<AgentDose> regimen = new ArrayList<>();

  protected Arm() {}

  public Arm(String code, String name, int ratio) {
    this.code = code;
    this.name = name;
    this.ratio = ratio;
  }

  /** A new arm not yet added to a trial, for the editor. */
  public static Arm blank() {
    return new Arm();
  }

  public Arm give(AgentDose dose) {
    regimen.add(dose);
    return this;
  }

  /** Swaps the line at {@code index} with the one before it; the first line stays first. */
  public void moveUp(int index) {
    if (index > 0 && index < regimen.size()) {
      regimen.add(index - 1, regimen.remove(index));
    }
  }

  public void moveDown(int index) {
    moveUp(index + 1);
  }

  void belongTo(Trial trial) {
    this.trial = trial;
  }

  @Override
  public String auditType() {
    return "Arm";
  }

  @Override
  public String auditKey() {
    return trial.getCode() + "/arms/" + code;
  }

  @Override
  public Map<String, String> auditState() {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("code", code);
    state.put("name", name);
    state.put("nameJa", nameJa);
    state.put("ratio", String.valueOf(ratio));
    state.put("description", description);
    state.put(
        "regimen",
        regimen.stream()
            .map(
                l ->
                    l.getAgent()
                        + " "
                        + (l.getDose() == null ? "" : l.getDose().toPlainString())
                        + " "
                        + l.getUnit()
                        + " "
                        + l.getRoute()
                        + " "
                        + l.getSchedule()
                        + (l.getDurationAmount() == null
                            ? ""
                            : " " + l.getDurationAmount() + " " + l.getDurationUnit())
                        + (l.getCycleLengthDays() == null
                            ? ""
                            : " cycle "
                                + l.getCycleLengthDays()
                                + "d days "
                                + l.getCycleDays()
                                + " x"
                                + l.getCycles()))
            .collect(Collectors.joining("; ")));
    return state;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Trial getTrial() {
    return trial;
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

  public Integer getRatio() {
    return ratio;
  }

  public void setRatio(Integer ratio) {
    this.ratio = ratio;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<AgentDose> getRegimen() {
    return regimen;
  }

  public void replaceRegimen(List<AgentDose> lines) {
    regimen.clear();
    regimen.addAll(lines);
  }
}
