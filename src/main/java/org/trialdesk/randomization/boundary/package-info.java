/**
 * The entries: RandomizationService (randomize, enroll-and-randomize, under the trial's head lock),
 * AllocationCaps, AllocationAppender (the one way to append to the chain), Blinding, Unblindings,
 * SubjectRegimen, AllocationLog (verification, re-derivation, balance), AllocationImport,
 * RandomizationSchemes, Receipts.
 */
package org.trialdesk.randomization.boundary;
