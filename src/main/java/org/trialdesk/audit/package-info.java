/**
 * The audit trail: who did what, when (UTC), to which record and field, from which value to which,
 * and why. Written by the other capabilities' boundaries; never changed or removed through the
 * product.
 */
package org.trialdesk.audit;
