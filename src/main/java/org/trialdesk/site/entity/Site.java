package org.trialdesk.site.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.trialdesk.audit.entity.Auditable;
import org.trialdesk.platform.i18n.SupportedLocales;
import org.trialdesk.platform.validation.CountryCode;
import org.trialdesk.platform.validation.TimeZoneId;

/**
 * An institution that enrolls patients. Its code prefixes the subject ids it generates (OSK-007).
 */
@Entity
public class Site implements Serializable, Auditable {

  /** Upper-case letters and digits only, because the code becomes part of every subject id. */
  public static final String CODE_PATTERN = "[A-Z0-9]{2,8}";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @NotBlank
  @Pattern(regexp = CODE_PATTERN, message = "{org.trialdesk.validation.SiteCode.message}")
  @Column(updatable = false)
  private String code;

  @NotBlank
  @Size(max = 200)
  private String name;

  /** The Japanese form; empty when not translated, and readers then see the English. */
  @Size(max = 200)
  @Column(name = "name_ja")
  private String nameJa;

  @NotBlank
  @Size(max = 100)
  private String city;

  @NotBlank @CountryCode private String country;

  @NotBlank
  @TimeZoneId
  @Column(name = "time_zone")
  private String timeZone;

  protected Site() {}

  public Site(String code, String name, String city, String country, String timeZone) {
    this.code = code;
    this.name = name;
    this.city = city;
    this.country = country;
    this.timeZone = timeZone;
  }

  public static Site blank() {
    return new Site();
  }

  @Override
  public String auditType() {
    return "Site";
  }

  @Override
  public String auditKey() {
    return code;
  }

  @Override
  public String auditSite() {
    return code;
  }

  @Override
  public Map<String, String> auditState() {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("code", code);
    state.put("name", name);
    state.put("nameJa", nameJa);
    state.put("city", city);
    state.put("country", country);
    state.put("timeZone", timeZone);
    return state;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    if (id != null) {
      throw new IllegalStateException("The code of a stored site never changes");
    }
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

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getTimeZone() {
    return timeZone;
  }

  /** The site's zone, in which its people read dates and deadlines. */
  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  /** Today where the site is: "today" in Tokyo may be tomorrow in UTC. */
  public LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(zone()));
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
