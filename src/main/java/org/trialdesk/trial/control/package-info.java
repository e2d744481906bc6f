/** Regimen formatting, dose amounts and what signing a trial covers (plain Java). */
package org.trialdesk.trial.control;
