package org.trialdesk.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.trialdesk.platform.i18n.CallerLocale;
import org.trialdesk.platform.i18n.SupportedLocales;

/** API callers choose the language of messages with {@code Accept-Language}. */
@Provider
public class CallerLocaleFilter implements ContainerRequestFilter {

  @Inject CallerLocale callerLocale;

  @Override
  public void filter(ContainerRequestContext request) {
    callerLocale.set(SupportedLocales.bestOf(request.getAcceptableLanguages()));
  }
}
