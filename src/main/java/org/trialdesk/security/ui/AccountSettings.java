package org.trialdesk.security.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.security.boundary.AccountService;
import org.trialdesk.security.boundary.AccountZone;

/** The caller's own settings: the zone its pages show times in. */
@Named
@ViewScoped
public class AccountSettings implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS = Map.of("timeZone", "settings:timeZone");

  /** Every region id the JVM knows, sorted, without the legacy three-letter and SystemV ones. */
  private static final List<String> ZONES =
      ZoneId.getAvailableZoneIds().stream()
          .filter(id -> id.contains("/") && !id.startsWith("SystemV/") && !id.startsWith("Etc/"))
          .sorted()
          .toList();

  @Inject AccountService accounts;
  @Inject AccountZone zones;

  private String timeZone;

  @PostConstruct
  void load() {
    timeZone = zones.chosen().orElse("");
  }

  public void save() {
    try {
      accounts.chooseTimeZone(timeZone);
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, FIELDS);
      return;
    }
    FacesMessages.info("settings.saved");
  }

  public List<String> getZones() {
    return ZONES;
  }

  /** What "no choice" means for this account: its site's zone, or UTC. */
  public String getDefaultZone() {
    return zones.ofSite().orElse("UTC");
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
