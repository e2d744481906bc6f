package org.trialdesk.safety.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.safety.boundary.AdverseEventDocument;
import org.trialdesk.safety.boundary.AdverseEventService;
import org.trialdesk.safety.boundary.CtcaeDictionary;
import org.trialdesk.safety.entity.AdverseEvent;
import org.trialdesk.safety.entity.CtcaeTerm;

/**
 * Records or corrects the adverse event the page shows ({@link AdverseEventEditor}): the term by
 * autocomplete (with its SOC, read back by {@link CtcaeTermConverter}), a grade among those the
 * term has, and the rest of the {@link AdverseEventEntry}; the boundary's refusals go to the fields
 * they name.
 */
@Named
@ViewScoped
public class AdverseEventForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where each field of the document is on the page. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("meddraCode", "ae:term"),
          Map.entry("grade", "ae:grade"),
          Map.entry("verbatim", "ae:verbatim"),
          Map.entry("onsetDate", "ae:onset"),
          Map.entry("resolutionDate", "ae:resolution"),
          Map.entry("seriousness", "ae:seriousness"),
          Map.entry("expected", "ae:expected"),
          Map.entry("outcome", "ae:outcome"),
          Map.entry("siteAwareAt", "ae:aware"),
          Map.entry("reportedAt", "ae:reported"),
          Map.entry("reasonForChange", "ae:reason"));

  @Inject AdverseEventEditor editor;
  @Inject AdverseEventService events;
  @Inject CtcaeDictionary dictionary;

  public List<CtcaeTerm> completeTerm(String typed) {
    return dictionary.search(typed, null, 20);
  }

  /** When a term is chosen: its grades become the choices. */
  public void termChosen() {
    getEntry().termChosen();
  }

  public String save() {
    AdverseEventEntry entry = getEntry();
    entry.termChosen();
    AdverseEvent stored = editor.getStored();
    Long eventId = editor.getEventId();
    String trialCode = editor.getTrialCode();
    String subjectId = editor.getSubjectId();
    AdverseEventDocument doc =
        entry.document(subjectId, stored == null ? null : stored.getVersion());
    AdverseEvent saved;
    try {
      saved =
          eventId == null
              ? events.create(trialCode, subjectId, doc)
              : events.update(trialCode, subjectId, eventId, doc);
    } catch (DomainException | InvalidFieldsException refused) {
      Map<String, String> fields = new LinkedHashMap<>(FIELDS);
      // Rows of a table cannot be addressed from outside; the message goes under the table.
      entry.getAgents().forEach(row -> fields.put("attribution." + row.getAgent(), "ae:agents"));
      FacesMessages.error(refused, fields);
      return null;
    }
    FacesMessages.info(
        "ae.saved",
        saved.getTerm().termIn(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    return editor.eventPage(saved.getId());
  }

  /** The entry the page loaded (empty for a new event). */
  public AdverseEventEntry getEntry() {
    return editor.getEntry();
  }
}
