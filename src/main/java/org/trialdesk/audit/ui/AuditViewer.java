package org.trialdesk.audit.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;
import org.trialdesk.audit.boundary.AuditFilter;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.entity.AuditRecord;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.time.ViewerZone;
import org.trialdesk.platform.ui.Downloads;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PagedLazyModel;

/**
 * The audit viewer: the whole trail, lazily, filtered by user, record type (from the list of those
 * present), record or subject ID as typed, site and the viewer's calendar days; and the same
 * selection as a CSV file.
 */
@Named
@ViewScoped
public class AuditViewer implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS = Map.of("to", "audit:to");

  @Inject AuditTrail trail;
  @Inject ViewerZone viewer;

  private String user;
  private String entity;
  private String key;
  private String site;
  private LocalDate from;
  private LocalDate to;
  private List<String> recordTypes;

  /** The filter last applied: the form's fields count once "Filter" accepts them. */
  private AuditFilter applied = AuditFilter.everything();

  /** Paged in the database, narrowed by the applied filter. */
  private final PagedLazyModel<AuditRecord> model =
      new PagedLazyModel<>(
          request -> trail.count(applied),
          request -> trail.page(applied, request.first(), request.size()),
          row -> String.valueOf(row.getId()));

  /** Applies the form's filter, or says next to "To" why it cannot (a range that ends first). */
  public void apply() {
    try {
      AuditFilter filter =
          new AuditFilter(
              user, entity, key, site, startOf(from), to == null ? null : startOf(to.plusDays(1)));
      trail.count(filter);
      applied = filter;
    } catch (InvalidInputException refused) {
      FacesMessages.error(refused, FIELDS);
    }
  }

  /** A day begins at midnight where the viewer reads times, not in UTC. */
  private Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(viewer.zone()).toInstant();
  }

  public StreamedContent getCsv() {
    return Downloads.csv("audit-trail.csv", trail.csv(applied));
  }

  public List<String> getRecordTypes() {
    if (recordTypes == null) {
      recordTypes = trail.recordTypes();
    }
    return recordTypes;
  }

  public PagedLazyModel<AuditRecord> getModel() {
    return model;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getEntity() {
    return entity;
  }

  public void setEntity(String entity) {
    this.entity = entity;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
