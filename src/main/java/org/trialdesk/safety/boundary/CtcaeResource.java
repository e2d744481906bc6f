package org.trialdesk.safety.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.trialdesk.platform.i18n.CallerLocale;
import org.trialdesk.safety.entity.CtcaeTerm;

/**
 * {@code /api/v1/ctcae}: search the CTCAE terms (in English or Japanese); administrators import
 * NCI's term list or a bilingual one.
 */
@Path("ctcae")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CtcaeResource {

  @Inject CtcaeDictionary dictionary;
  @Inject CallerLocale locale;

  /**
   * A term with the grades that exist for it and their descriptions, in the caller's language
   * (Accept-Language), each text English where the dictionary has no Japanese one.
   */
  public record TermDocument(
      long meddraCode,
      String soc,
      String term,
      List<Integer> validGrades,
      List<String> grades,
      String definition,
      boolean otherSpecify) {

    static TermDocument of(CtcaeTerm t, Locale locale) {
      return new TermDocument(
          t.getMeddraCode(),
          t.socIn(locale),
          t.termIn(locale),
          t.validGrades(),
          t.gradesIn(locale),
          t.definitionIn(locale),
          t.isOtherSpecify());
    }
  }

  @GET
  @Path("terms")
  public List<TermDocument> search(
      @QueryParam("q") String text,
      @QueryParam("soc") String soc,
      @QueryParam("max") @DefaultValue("50") int max) {
    return dictionary.search(text, soc, max).stream()
        .map(t -> TermDocument.of(t, locale.get()))
        .toList();
  }

  @GET
  @Path("terms/{meddraCode}")
  public TermDocument read(@PathParam("meddraCode") long meddraCode) {
    return TermDocument.of(dictionary.find(meddraCode), locale.get());
  }

  /**
   * The file as NCI publishes it (Windows-1252 CSV), or a bilingual one (UTF-8 or Excel's
   * Shift_JIS) with Japanese columns, as the request body.
   */
  @RolesAllowed("ADMINISTRATOR")
  @POST
  @Path("import")
  public CtcaeDictionary.ImportSummary importFile(byte[] file) {
    return dictionary.importFile(file);
  }
}
