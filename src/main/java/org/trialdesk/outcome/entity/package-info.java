/** Tumour assessments with their lesions, and follow-up contacts. */
package org.trialdesk.outcome.entity;
