/** Recording and voiding doses, the subject's course, the administrations API. */
package org.trialdesk.treatment.boundary;
