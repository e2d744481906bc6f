/**
 * Trials with their arms and structured regimens, stratification factors and eligibility criteria,
 * and the lifecycle. Uses security, audit and platform; declares ports for what it shows of sites
 * and schemes.
 */
package org.trialdesk.trial;
