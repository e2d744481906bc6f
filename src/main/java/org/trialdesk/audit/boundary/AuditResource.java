package org.trialdesk.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.i18n.CallerLocale;
import org.trialdesk.platform.persistence.PageRequest;
import org.trialdesk.platform.security.Caller;
import org.trialdesk.platform.security.Capability;

/**
 * {@code /api/v1/audit}: the audit trail for monitors and administrators, newest first, filtered by
 * user, record type, record key (with the records below it), site and time ({@code from} inclusive,
 * {@code to} exclusive; an instant or a UTC date).
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMINISTRATOR", "MONITOR"})
public class AuditResource {

  @Inject AuditTrail trail;
  @Inject Caller caller;
  @Inject CallerLocale callerLocale;

  @GET
  public List<AuditRecordDocument> list(
      @QueryParam("user") String user,
      @QueryParam("entity") String entity,
      @QueryParam("key") String key,
      @QueryParam("site") String site,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("100") int max) {
    caller.require(Capability.READ_AUDIT_TRAIL);
    AuditFilter filter =
        new AuditFilter(user, entity, key, site, instant("from", from), instant("to", to));
    PageRequest page = new PageRequest(first, max, null, false, null);
    return trail.page(filter, page.first(), page.size()).stream()
        .map(r -> AuditRecordDocument.of(r, callerLocale.get()))
        .toList();
  }

  /** The same selection as CSV: every matching record, newest first. */
  @GET
  @Produces("text/csv")
  public String listCsv(
      @QueryParam("user") String user,
      @QueryParam("entity") String entity,
      @QueryParam("key") String key,
      @QueryParam("site") String site,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return trail.csv(
        new AuditFilter(user, entity, key, site, instant("from", from), instant("to", to)));
  }

  private static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeParseException notADate) {
      throw new InvalidInputException(field, "audit.badInstant", value);
    }
  }
}
