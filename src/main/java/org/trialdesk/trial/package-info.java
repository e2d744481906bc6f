/**
 * Trials with their arms and structured regimens, stratification factors and eligibility criteria.
 * {@code control} holds pure logic (regimen formatting) with no container dependency.
 */
package org.trialdesk.trial;
