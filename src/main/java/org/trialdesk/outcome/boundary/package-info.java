/** Recording tumour assessments and follow-up, over REST and for the pages. */
package org.trialdesk.outcome.boundary;
