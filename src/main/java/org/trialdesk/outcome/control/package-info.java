/** RECIST 1.1 and the follow-up rules, as plain Java. */
package org.trialdesk.outcome.control;
