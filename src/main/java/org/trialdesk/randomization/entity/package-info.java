/**
 * Allocations (append-only, hashed), the chain's head, schemes, stratum state, unblindings and
 * notifications, and the value types they are stored through byte for byte (Stratum, FactorLevels,
 * SchemeLists).
 */
package org.trialdesk.randomization.entity;
