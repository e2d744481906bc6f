/**
 * The adverse-event page (event form, signature, expedited report, the CTCAE term converter), the
 * subject's and the trial's event lists, overdue reports, the toxicity table and the dictionary
 * import.
 */
package org.trialdesk.safety.ui;
