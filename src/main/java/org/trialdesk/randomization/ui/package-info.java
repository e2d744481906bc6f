/**
 * The enrollment wizard, the subject page (assignment, unblinding), the scheme editor, the
 * monitor's allocation log, the allocation import and the receipt check.
 */
package org.trialdesk.randomization.ui;
