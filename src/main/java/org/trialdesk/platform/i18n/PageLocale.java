package org.trialdesk.platform.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The language a page is being shown in, when the request is a page's. Implemented in the ui layer,
 * which alone knows Faces, so that messages written below the pages need not.
 */
public interface PageLocale {

  /** The page's language, or empty outside a page request. */
  Optional<Locale> current();
}
