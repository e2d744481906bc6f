package org.trialdesk.security.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Asks for a personal API token: {@code {"name": "nightly export", "expiresOn": "2027-03-01"}}. The
 * token works through {@code expiresOn} (UTC), at most a year ahead.
 */
public record TokenRequest(@NotBlank @Size(max = 100) String name, @NotNull LocalDate expiresOn) {}
