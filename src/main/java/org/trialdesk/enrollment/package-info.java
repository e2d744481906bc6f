/**
 * Subjects: screening, eligibility answers, informed consent, factor levels and status. Uses trial
 * and site.
 */
package org.trialdesk.enrollment;
