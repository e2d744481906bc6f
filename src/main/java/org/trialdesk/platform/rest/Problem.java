package org.trialdesk.platform.rest;

import java.util.List;
import org.trialdesk.platform.error.FieldError;

/**
 * An RFC 9457 problem document. {@code errors} names each offending field of the request (a path
 * such as {@code arms[0].regimen[1].dose}) with a message in the caller's language. {@code
 * missing}, an extension member, lists what a record still lacks when that is why the request was
 * refused (a trial not ready to open), each with a stable code; otherwise it is null.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    List<FieldError> errors,
    List<Missing> missing) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    this(type, title, status, detail, errors, null);
  }

  /** One thing a record lacks: a stable code, where it is, and a message for people. */
  public record Missing(String code, String field, String message) {}
}
