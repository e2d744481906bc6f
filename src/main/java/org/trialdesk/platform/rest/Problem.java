package org.trialdesk.platform.rest;

import java.util.List;
import org.trialdesk.platform.error.FieldError;

/**
 * An RFC 9457 problem document. {@code errors} names each offending field of the request (a path
 * such as {@code arms[0].regimen[1].dose}) with a message in the caller's language.
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
