package org.trialdesk.audit.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.trialdesk.audit.boundary.AuditFilter;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.entity.AuditRecord;
import org.trialdesk.platform.ui.PagedLazyModel;

/** The audit viewer: the whole trail, lazily, filtered by user, record, site and dates. */
@Named
@ViewScoped
public class AuditViewer implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditTrail trail;

  private String user;
  private String entity;
  private String key;
  private String site;
  private LocalDate from;
  private LocalDate to;

  /** Paged in the database; the filter fields above narrow it on every load. */
  private final PagedLazyModel<AuditRecord> model =
      new PagedLazyModel<>(
          request -> trail.count(filter()),
          request -> trail.page(filter(), request.first(), request.size()),
          row -> String.valueOf(row.getId()));

  private AuditFilter filter() {
    return new AuditFilter(
        user,
        entity,
        key,
        site,
        from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
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
