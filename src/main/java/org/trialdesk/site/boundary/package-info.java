/**
 * Sites and participations, and the ports of lower capabilities this one implements: SiteDirectory
 * (security) and SiteParticipations (trial).
 */
package org.trialdesk.site.boundary;
