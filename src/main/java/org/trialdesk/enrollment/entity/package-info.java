/** Subjects, their eligibility answers and their status lifecycle. */
package org.trialdesk.enrollment.entity;
