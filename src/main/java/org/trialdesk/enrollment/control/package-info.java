/**
 * RegistrationRules and EligibilityCheck: what a registration must hold and when a subject is
 * eligible (plain Java, docs/domain.md §4).
 */
package org.trialdesk.enrollment.control;
