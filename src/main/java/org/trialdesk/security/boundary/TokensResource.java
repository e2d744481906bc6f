package org.trialdesk.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.trialdesk.platform.validation.ConstraintCheck;

/**
 * {@code /api/v1/tokens}: the caller's own personal API tokens. Anyone logged in manages theirs;
 * making one takes the password (HTTP Basic), listing and revoking also a token.
 */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokensResource {

  @Inject ApiTokens tokens;
  @Inject ConstraintCheck check;
  @Inject Clock clock;
  @Context UriInfo uriInfo;

  @GET
  public List<TokenDocument> list() {
    Instant now = Instant.now(clock);
    return tokens.mine().stream().map(t -> TokenDocument.of(t, now, null)).toList();
  }

  @GET
  @Path("{id}")
  public TokenDocument read(@PathParam("id") long id) {
    return TokenDocument.of(tokens.mine(id), Instant.now(clock), null);
  }

  /** 201 with the secret in {@code token}, the only time it is shown. */
  @POST
  public Response issue(TokenRequest request) {
    check.require(request);
    ApiTokens.Issued issued = tokens.issue(request.name(), request.expiresOn());
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(issued.token().getId())).build())
        .entity(TokenDocument.of(issued.token(), Instant.now(clock), issued.secret()))
        .build();
  }

  /** Revokes the token (kept, marked revoked); it is refused from the next request on. */
  @DELETE
  @Path("{id}")
  public TokenDocument revoke(@PathParam("id") long id) {
    return TokenDocument.of(tokens.revoke(id), Instant.now(clock), null);
  }
}
