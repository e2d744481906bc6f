/**
 * The audit trail: who did what, when (UTC), to which record and field, from which value to which,
 * and why; and electronic signatures. Written by every other capability's boundaries, never changed
 * or removed through the product. Uses platform only.
 */
package org.trialdesk.audit;
