package org.trialdesk.platform.ui;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.trialdesk.platform.error.ForbiddenException;
import org.trialdesk.platform.error.NotFoundException;

/**
 * Loads what a page's parameters name. A record that does not exist answers 404, one the caller may
 * not see 403, each with its error page, as the API does, instead of a broken page.
 */
public final class PageParameters {

  private PageParameters() {}

  /** The record, or {@code null} after a 404 or 403 has been sent. */
  public static <T> T found(Supplier<T> lookup) {
    try {
      return lookup.get();
    } catch (NotFoundException missing) {
      return sendError(404);
    } catch (ForbiddenException refused) {
      return sendError(403);
    }
  }

  private static <T> T sendError(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
    return null;
  }
}
