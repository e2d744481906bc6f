/** TreatmentTimeline: the course as a chart and doses against the plan (plain Java). */
package org.trialdesk.treatment.control;
