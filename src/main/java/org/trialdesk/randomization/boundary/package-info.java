/**
 * The entries, one per use case: RandomizationService (randomize, enroll-and-randomize, under the
 * trial's head lock), Assignments (a subject's assignment as the caller may see it), Unblindings,
 * SubjectRegimen, AllocationLog (verification, re-derivation, balance), AllocationImport,
 * RandomizationSchemes, Receipts. Their helpers, which check no rights of their own:
 * AllocationCaps, AllocationAppender (the one way to append to the chain), Blinding (the policy
 * applied to the caller).
 */
package org.trialdesk.randomization.boundary;
