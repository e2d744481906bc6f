package org.trialdesk.audit.boundary;

import java.time.Instant;

/** A signature as the API shows it, with whether the record still holds what was signed. */
public record SignatureDocument(
    String username, String printedName, String meaning, Instant signedAt, boolean valid) {

  public static SignatureDocument of(Signatures.Shown shown) {
    return new SignatureDocument(
        shown.signature().getUsername(),
        shown.signature().getPrintedName(),
        shown.signature().getMeaning().name(),
        shown.signature().getSignedAt(),
        shown.valid());
  }
}
