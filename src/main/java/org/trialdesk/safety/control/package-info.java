/**
 * AdverseEventRules, SaeClock, the CTCAE file reader and the toxicity table (plain Java,
 * docs/domain.md §5).
 */
package org.trialdesk.safety.control;
