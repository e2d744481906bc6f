package org.trialdesk.site.boundary;

/** A site in the API: {@code {"code", "name", "city", "country", "timeZone"}}. */
public record SiteDocument(
    String code, String name, String city, String country, String timeZone) {}
