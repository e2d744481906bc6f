package org.trialdesk.site.boundary;

import jakarta.validation.constraints.Size;

/**
 * A site in the API: {@code {"code", "name", "nameJa", "city", "country", "timeZone"}}, and {@code
 * reasonForChange} when updating (never returned).
 */
public record SiteDocument(
    String code,
    String name,
    String nameJa,
    String city,
    String country,
    String timeZone,
    @Size(max = 1000) String reasonForChange) {}
