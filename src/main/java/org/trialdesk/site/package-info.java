/**
 * Institutions (sites) and their participation in trials: activation date, status and enrollment
 * cap. Uses trial; implements the ports trial and security declare for what they need of sites.
 */
package org.trialdesk.site;
