package org.trialdesk.platform.error;

/** One offending field of a request, as a path in its document, with a message for people. */
public record FieldError(String field, String message) {}
