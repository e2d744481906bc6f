package org.trialdesk.safety.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.platform.ui.PagedLazyModel;
import org.trialdesk.safety.boundary.AdverseEventDocument;
import org.trialdesk.safety.boundary.AdverseEventDocuments;
import org.trialdesk.safety.boundary.AdverseEventSearch;
import org.trialdesk.safety.boundary.AdverseEventService;
import org.trialdesk.safety.entity.AdverseEvent;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.Arm;
import org.trialdesk.trial.entity.Trial;

/**
 * All adverse events of a trial the caller may see, filtered by site, grade, seriousness, term and
 * (for those who may know arms) arm; lazy, so a trial with thousands of events stays quick.
 */
@Named
@ViewScoped
public class TrialAdverseEventList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AdverseEventSearch search;
  @Inject AdverseEventService events;
  @Inject AdverseEventDocuments documents;
  @Inject TrialService trials;

  /** One line of the list: the event with its subject's site and, when visible, arm. */
  public record Line(AdverseEventDocument event, String site, String arm) {}

  private String trialCode;
  private List<String> arms;
  private boolean armsVisible;
  private String site;
  private Integer grade;
  private Boolean serious;
  private String term;
  private String arm;
  private boolean overdueOnly;
  private PagedLazyModel<Line> model;

  public void load() {
    Trial trial = PageParameters.found(() -> trials.find(trialCode));
    if (trial == null) {
      return;
    }
    arms = trial.getArms().stream().map(Arm::getCode).toList();
    armsVisible = search.armsVisible(trialCode);
  }

  public PagedLazyModel<Line> getModel() {
    if (model == null) {
      model =
          new PagedLazyModel<>(
              request -> search.count(trialCode, filter()),
              request -> lines(search.page(trialCode, filter(), request.first(), request.size())),
              line -> String.valueOf(line.event().id()));
    }
    return model;
  }

  private List<Line> lines(List<AdverseEvent> page) {
    Map<String, String> armOf = search.armsOf(trialCode, page);
    return page.stream()
        .map(
            e ->
                new Line(
                    documents.document(e),
                    e.getSubject().getSite().getCode(),
                    armOf.get(e.getSubject().getSubjectId())))
        .toList();
  }

  private AdverseEventSearch.Filter filter() {
    return new AdverseEventSearch.Filter(
        blankToNull(site),
        grade,
        serious,
        blankToNull(term),
        armsVisible ? arm : null,
        overdueOnly);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public String getTrialCode() {
    return trialCode;
  }

  public void setTrialCode(String trialCode) {
    this.trialCode = trialCode;
  }

  public List<String> getArms() {
    return arms;
  }

  public boolean isArmsVisible() {
    return armsVisible;
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }

  public Integer getGrade() {
    return grade;
  }

  public void setGrade(Integer grade) {
    this.grade = grade;
  }

  public Boolean getSerious() {
    return serious;
  }

  public void setSerious(Boolean serious) {
    this.serious = serious;
  }

  public String getTerm() {
    return term;
  }

  public void setTerm(String term) {
    this.term = term;
  }

  public String getArm() {
    return arm;
  }

  public void setArm(String arm) {
    this.arm = arm;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }
}
