/**
 * Trials, arms and their documents. SchemeConfiguration and SiteParticipations are ports the
 * randomization and site capabilities implement, so that a trial's document carries its scheme and
 * sites without trial depending on them.
 */
package org.trialdesk.trial.boundary;
