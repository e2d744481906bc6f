/** The clock the application runs on (UTC), injectable so that tests can fix it. */
package org.trialdesk.platform.time;
