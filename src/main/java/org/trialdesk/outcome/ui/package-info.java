/** A subject's outcome page: tumour assessments and follow-up. */
package org.trialdesk.outcome.ui;
