package org.trialdesk.randomization.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the printed confirmation of a randomization shows: what the site may know and nothing more
 * (no sequence, stratum or hash). {@code arm} is {@code null} while the trial is blinded to the
 * viewer; {@code siteZone} is the zone the site reads the time in.
 */
public record Confirmation(
    String trialCode,
    String trialTitle,
    String subjectId,
    String siteCode,
    String siteName,
    String siteZone,
    String arm,
    String treatmentCode,
    Instant randomizedAt,
    String randomizedBy,
    String receipt)
    implements Serializable {}
