package org.trialdesk.security.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.trialdesk.platform.ui.PagedLazyModel;
import org.trialdesk.security.boundary.AccountService;
import org.trialdesk.security.entity.Account;

/** The user administration list: a lazy table of all accounts. */
@Named
@ViewScoped
public class UserList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;

  private PagedLazyModel<Account> model;

  public PagedLazyModel<Account> getModel() {
    if (model == null) {
      model = new PagedLazyModel<>(accounts::count, accounts::page, Account::getUsername);
    }
    return model;
  }
}
