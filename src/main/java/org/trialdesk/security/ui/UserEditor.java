package org.trialdesk.security.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.entity.AuditRecord;
import org.trialdesk.platform.error.DomainException;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.security.Role;
import org.trialdesk.platform.ui.FacesMessages;
import org.trialdesk.platform.ui.PageParameters;
import org.trialdesk.security.boundary.AccountService;
import org.trialdesk.security.boundary.SiteDirectory;
import org.trialdesk.security.entity.Account;

/**
 * Creates an account, or changes one: name, roles, sites, enabled; and resets its password. Every
 * change after creation carries a reason.
 */
@Named
@ViewScoped
public class UserEditor implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of(
          "username", "user:username",
          "fullName", "user:fullName",
          "password", "user:password",
          "reasonForChange", "user:reason");

  @Inject AccountService accounts;
  @Inject SiteDirectory sites;
  @Inject AuditTrail trail;

  private List<AuditRecord> history;

  private String username;
  private boolean existing;
  private String fullName;
  private boolean enabled = true;

  /** Role names: a multiple choice carries strings, whatever the list's declared type. */
  private List<String> roles = new ArrayList<>();

  private List<String> siteCodes = new ArrayList<>();
  private String password;
  private String reasonForChange;

  public void load() {
    if (existing || username == null || username.isBlank()) {
      return;
    }
    Account account = PageParameters.found(() -> accounts.find(username));
    if (account != null) {
      existing = true;
      fullName = account.getFullName();
      enabled = account.isEnabled();
      roles = account.getRoles().stream().map(Enum::name).toList();
      roles = new ArrayList<>(roles);
      siteCodes = new ArrayList<>(account.getSiteCodes());
    }
  }

  public String save() {
    try {
      if (existing) {
        accounts.update(
            username, fullName, enabled, chosenRoles(), new TreeSet<>(siteCodes), reasonForChange);
        if (password != null && !password.isEmpty()) {
          accounts.resetPassword(username, password, reasonForChange);
        }
      } else {
        Account account = new Account(username, fullName);
        account.getRoles().addAll(chosenRoles());
        account.getSiteCodes().addAll(siteCodes);
        accounts.create(account, password);
      }
    } catch (DomainException | InvalidFieldsException refused) {
      FacesMessages.error(refused, FIELDS);
      return null;
    }
    FacesMessages.info("account.saved", username);
    return "/admin/users?faces-redirect=true";
  }

  private EnumSet<Role> chosenRoles() {
    EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
    roles.forEach(name -> chosen.add(Role.valueOf(name)));
    return chosen;
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public List<String> getAllSites() {
    return sites.codes();
  }

  /** The account's history (changes, logins, resets), for the history panel. */
  public List<AuditRecord> getHistory() {
    if (history == null) {
      history = existing ? trail.history(accounts.find(username)) : List.of();
    }
    return history;
  }

  public boolean isExisting() {
    return existing;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public List<String> getSiteCodes() {
    return siteCodes;
  }

  public void setSiteCodes(List<String> siteCodes) {
    this.siteCodes = siteCodes;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getReasonForChange() {
    return reasonForChange;
  }

  public void setReasonForChange(String reasonForChange) {
    this.reasonForChange = reasonForChange;
  }
}
