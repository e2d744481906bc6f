/**
 * Trials, arms with structured regimens, stratification factors and levels, eligibility criteria,
 * and the trial's vocabulary (phase, status, participation status, routes, schedules, units).
 */
package org.trialdesk.trial.entity;
