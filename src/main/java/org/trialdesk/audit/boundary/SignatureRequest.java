package org.trialdesk.audit.boundary;

import jakarta.validation.constraints.Size;

/** The body of a signing request: the signer's password, entered again. */
public record SignatureRequest(@Size(max = 200) String password) {

  /** The password of a body that may be missing altogether. */
  public static String of(SignatureRequest request) {
    return request == null ? null : request.password();
  }
}
