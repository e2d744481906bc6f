package org.trialdesk.site.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.entity.AuditRecord;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.security.ui.Rights;
import org.trialdesk.site.boundary.SiteService;
import org.trialdesk.site.entity.Site;

/** The site editor: a new site (no {@code code} parameter) or an existing one. */
@Named
@ViewScoped
public class SiteEditor implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of(
          "reasonForChange",
          "site:reason",
          "code",
          "site:code",
          "name",
          "site:name",
          "nameJa",
          "site:nameJa",
          "city",
          "site:city",
          "country",
          "site:country",
          "timeZone",
          "site:timeZone");

  private String reasonForChange;

  @Inject SiteService sites;
  @Inject Rights rights;
  @Inject AuditTrail trail;

  private List<AuditRecord> history;

  private String code;
  private Site site;

  public void load() {
    if (site != null) {
      return;
    }
    if (!rights.pageAllowed(Capability.SET_UP)) {
      return;
    }
    site =
        code == null || code.isBlank()
            ? Site.blank()
            : PageParameters.found(() -> sites.find(code));
  }

  public boolean isNew() {
    return site.getId() == null;
  }

  public String save() {
    try {
      Site saved = sites.save(site, reasonForChange);
      FacesMessages.info("site.saved", saved.getCode());
      return "/site/list?faces-redirect=true";
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, FIELDS);
    }
    return null;
  }

  /** Time-zone ids the time-zone field suggests as the user types. */
  public List<String> completeTimeZone(String typed) {
    String lower = typed == null ? "" : typed.toLowerCase();
    return ZoneId.getAvailableZoneIds().stream()
        .filter(zone -> zone.toLowerCase().contains(lower))
        .sorted()
        .limit(20)
        .toList();
  }

  /** The site's change history, for the history panel. */
  public List<AuditRecord> getHistory() {
    if (history == null) {
      history = isNew() ? List.of() : trail.history(site);
    }
    return history;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Site getSite() {
    return site;
  }

  public String getReasonForChange() {
    return reasonForChange;
  }

  public void setReasonForChange(String reasonForChange) {
    this.reasonForChange = reasonForChange;
  }
}
