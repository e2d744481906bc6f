package org.trialdesk.platform.rest;

import jakarta.validation.constraints.Size;

/** The body of a request that only needs a reason, such as voiding a record. */
public record ReasonRequest(@Size(max = 1000) String reasonForChange) {

  /** The reason of a body that may be missing altogether. */
  public static String of(ReasonRequest request) {
    return request == null ? null : request.reasonForChange();
  }
}
