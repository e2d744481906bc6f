package org.trialdesk.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trialdesk.platform.persistence.DatabaseReady;
import org.trialdesk.platform.security.Role;
import org.trialdesk.security.boundary.AccountService;
import org.trialdesk.security.entity.Account;

/**
 * Demo logins for each role and site, for trying TrialDesk only: {@code admin}, {@code monitor},
 * {@code investigator-osk} and {@code coordinator-<site>} for every demo site, all with the
 * password from {@code TRIALDESK_DEMO_PASSWORD} (default {@code demo}). Off with the demo data.
 */
@ApplicationScoped
public class DemoAccounts {

  static final String PASSWORD = "TRIALDESK_DEMO_PASSWORD";
  private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

  @Inject AccountService accounts;
  @Inject DemoData demo;

  @Inject
  @ConfigProperty(name = "trialdesk.demo.password", defaultValue = "demo")
  String password;

  @Transactional
  void seedOnFirstStart(@Observes DatabaseReady ready) {
    if (!demo.wanted()) {
      return;
    }
    if (accounts.count() == 0) {
      for (Account account : demoAccounts()) {
        accounts.seed(account, password.toCharArray());
      }
    }
    List<String> names = demoAccounts().stream().map(Account::getUsername).toList();
    LOG.info(
        () ->
            "\n\n    Demo logins (for trying only; password from "
                + PASSWORD
                + ", default 'demo'):\n    "
                + String.join(", ", names)
                + "\n");
  }

  static List<Account> demoAccounts() {
    List<Account> demo = new ArrayList<>();
    demo.add(account("admin", "Demo Administrator", Role.ADMINISTRATOR));
    demo.add(account("monitor", "Demo Monitor", Role.MONITOR));
    Account investigator =
        account("investigator-osk", "Demo Investigator (OSK)", Role.INVESTIGATOR);
    investigator.getSiteCodes().add("OSK");
    demo.add(investigator);
    for (String site : DemoData.SITE_CODES) {
      Account coordinator =
          account(
              "coordinator-" + site.toLowerCase(),
              "Demo Coordinator (" + site + ")",
              Role.COORDINATOR);
      coordinator.getSiteCodes().add(site);
      demo.add(coordinator);
    }
    return demo;
  }

  private static Account account(String username, String fullName, Role role) {
    Account account = new Account(username, fullName);
    account.getRoles().add(role);
    return account;
  }
}
