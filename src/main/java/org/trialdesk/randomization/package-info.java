/**
 * Schemes, the allocation engine and its hash-chained log, receipts, blinding and unblinding,
 * import of earlier allocations. Uses enrollment, site, trial, security, audit, platform.
 */
package org.trialdesk.randomization;
