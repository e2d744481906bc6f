package org.trialdesk.security.boundary;

import java.util.List;

/**
 * The sites an account can be given. Implemented by the site capability, which depends on security
 * and not the other way round.
 */
public interface SiteDirectory {

  /** Every site's code, in order. */
  List<String> codes();
}
