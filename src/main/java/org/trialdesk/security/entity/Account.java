package org.trialdesk.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.trialdesk.audit.entity.Auditable;
import org.trialdesk.platform.security.Role;
import org.trialdesk.platform.validation.TimeZoneId;

/**
 * A person's account. Only a slow salted hash of the password is kept. Accounts are disabled, never
 * deleted, so every record they made stays attributable.
 */
@Entity
@Table(name = "account")
@NamedQuery(
    name = Account.BY_USERNAME,
    query = "select a from Account a where a.username = :username")
public class Account implements Serializable, Auditable {

  /** The account named {@code :username}: the one lookup login, signatures and admin share. */
  public static final String BY_USERNAME = "Account.byUsername";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @NotBlank
  @Size(max = 60)
  @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{org.trialdesk.validation.Username.message}")
  @Column(updatable = false)
  private String username;

  @NotBlank
  @Size(max = 200)
  @Column(name = "full_name")
  private String fullName;

  @Column(name = "password_hash")
  private String passwordHash;

  private boolean enabled = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_site", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "site_code")
  private Set<String> siteCodes = new TreeSet<>();

  /** The zone this account reads times in; null: its site's zone, or UTC without a site. */
  @TimeZoneId
  @Column(name = "time_zone")
  private String timeZone;

  protected Account() {}

  public Account(String username, String fullName) {
    this.username = username;
    this.fullName = fullName;
  }

  public void changePasswordHash(String hash) {
    this.passwordHash = hash;
  }

  /** Never the password or its hash: a reset shows as its own event. */
  @Override
  public String auditType() {
    return "Account";
  }

  @Override
  public String auditKey() {
    return username;
  }

  @Override
  public Map<String, String> auditState() {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("username", username);
    state.put("fullName", fullName);
    state.put("enabled", String.valueOf(enabled));
    state.put("roles", roles.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
    state.put("sites", String.join(", ", new TreeSet<>(siteCodes)));
    return state;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public Set<String> getSiteCodes() {
    return siteCodes;
  }
}
