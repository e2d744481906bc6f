/**
 * Adverse events with their agents' assessments, CTCAE terms, expedited reports and the vocabulary
 * (seriousness, attribution, action taken, outcome).
 */
package org.trialdesk.safety.entity;
