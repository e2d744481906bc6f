/**
 * Institutions (sites) and their participation in trials: activation date, status and enrollment
 * cap. Depends on {@code trial} for the trial a site takes part in.
 */
package org.trialdesk.site;
