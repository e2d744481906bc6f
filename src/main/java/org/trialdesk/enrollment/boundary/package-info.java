/**
 * Registering subjects (EnrollmentService) and the subjects API; another site's subject answers
 * 404.
 */
package org.trialdesk.enrollment.boundary;
