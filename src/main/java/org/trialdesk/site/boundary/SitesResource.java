package org.trialdesk.site.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.persistence.PageRequest;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.site.entity.Site;

/** {@code /api/v1/sites}: the institutions that may take part in trials. */
@Path("sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SitesResource {

  @Inject ConstraintCheck check;
  @Inject SiteService sites;
  @Context UriInfo uriInfo;

  @GET
  public List<SiteDocument> list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("100") int max) {
    return sites.page(new PageRequest(first, max, "code", true, Map.of())).stream()
        .map(SitesResource::document)
        .toList();
  }

  @GET
  @Path("{code}")
  public SiteDocument read(@PathParam("code") String code) {
    return document(sites.find(code));
  }

  @RolesAllowed("ADMINISTRATOR")
  @POST
  public Response create(SiteDocument doc) {
    check.require(doc);
    Site site = new Site(doc.code(), doc.name(), doc.city(), doc.country(), doc.timeZone());
    site.setNameJa(doc.nameJa());
    site = sites.save(site, null);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(site.getCode()).build())
        .entity(document(site))
        .build();
  }

  @RolesAllowed("ADMINISTRATOR")
  @PUT
  @Path("{code}")
  public SiteDocument update(@PathParam("code") String code, SiteDocument doc) {
    check.require(doc);
    if (doc.code() != null && !doc.code().equals(code)) {
      throw new InvalidInputException("code", "site.code.immutable", code);
    }
    Site edited = sites.find(code);
    edited.setName(doc.name());
    edited.setNameJa(doc.nameJa());
    edited.setCity(doc.city());
    edited.setCountry(doc.country());
    edited.setTimeZone(doc.timeZone());
    return document(sites.save(edited, doc.reasonForChange()));
  }

  static SiteDocument document(Site site) {
    return new SiteDocument(
        site.getCode(),
        site.getName(),
        site.getNameJa(),
        site.getCity(),
        site.getCountry(),
        site.getTimeZone(),
        null);
  }
}
