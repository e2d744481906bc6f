package org.trialdesk.security.boundary;

import java.util.List;
import java.util.Optional;

/**
 * The sites an account can be given. Implemented by the site capability, which depends on security
 * and not the other way round.
 */
public interface SiteDirectory {

  /** Every site's code, in order. */
  List<String> codes();

  /** The time-zone id a site works in, e.g. {@code Asia/Tokyo}; empty for an unknown code. */
  Optional<String> zoneOf(String code);
}
