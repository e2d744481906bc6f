/**
 * The allocation methods, seeded draws, the chain's hashing and verification, balance and guessing
 * risk, receipt codes, BlindingPolicy and Readiness (plain Java, unit-tested without a server).
 */
package org.trialdesk.randomization.control;
