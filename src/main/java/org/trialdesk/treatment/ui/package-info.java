/** The subject's treatment page: the dose form and the course chart. */
package org.trialdesk.treatment.ui;
