/**
 * Doses given against the regimen of the subject's arm, with voiding and the course chart. Uses
 * randomization and safety.
 */
package org.trialdesk.treatment;
