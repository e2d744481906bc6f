/**
 * Adverse events on CTCAE v5.0, the SAE and SUSAR clocks, the sponsor's expedited reports and
 * toxicity tables. Uses randomization for the agents a subject receives.
 */
package org.trialdesk.safety;
