/** The trial list, the trial page and the administrator's trial and arm editors. */
package org.trialdesk.trial.ui;
