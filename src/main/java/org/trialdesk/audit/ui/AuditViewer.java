package org.trialdesk.audit.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.trialdesk.audit.boundary.AuditFilter;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.entity.AuditRecord;

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

  private final LazyDataModel<AuditRecord> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return Math.toIntExact(trail.count(filter()));
        }

        @Override
        public List<AuditRecord> load(
            int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          return trail.page(filter(), first, size);
        }

        @Override
        public String getRowKey(AuditRecord row) {
          return String.valueOf(row.getId());
        }
      };

  private AuditFilter filter() {
    return new AuditFilter(
        user,
        entity,
        key,
        site,
        from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  public LazyDataModel<AuditRecord> getModel() {
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
