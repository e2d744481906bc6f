/** The subject list of a trial. */
package org.trialdesk.enrollment.ui;
