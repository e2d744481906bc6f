package org.trialdesk.safety.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.trialdesk.safety.boundary.AdverseEventDocument;
import org.trialdesk.safety.boundary.AdverseEventDocuments;
import org.trialdesk.safety.boundary.AdverseEventSearch;
import org.trialdesk.safety.boundary.AdverseEventService;
import org.trialdesk.safety.entity.AdverseEvent;

/**
 * The dashboard's list of serious events whose report to the sponsor is overdue: every site for the
 * sponsor's people and monitors, their own sites for coordinators and investigators.
 */
@Named
@RequestScoped
public class OverdueReports {

  @Inject AdverseEventService events;
  @Inject AdverseEventDocuments documents;
  @Inject AdverseEventSearch search;

  /** One overdue report with what the list shows. */
  public record Row(
      String trialCode, String siteCode, String siteZone, AdverseEventDocument event) {}

  private List<Row> rows;

  public List<Row> getRows() {
    if (rows == null) {
      rows =
          search.overdue().stream()
              .map(
                  (AdverseEvent e) ->
                      new Row(
                          e.getSubject().getTrial().getCode(),
                          e.getSubject().getSite().getCode(),
                          e.getSubject().getSite().getTimeZone(),
                          documents.document(e)))
              .toList();
    }
    return rows;
  }
}
