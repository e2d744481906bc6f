/**
 * Refusals as exceptions with a bundle key, its arguments and the field at fault: not found (404),
 * conflict (409), forbidden (403), invalid fields (400). REST and pages translate them into the
 * caller's language.
 */
package org.trialdesk.platform.error;
