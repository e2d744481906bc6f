/**
 * Authentication (login page and HTTP Basic), the PBKDF2 identity store, password attempts and
 * lockout, accounts, and CurrentUser, the logged-in caller (implements platform.security.Caller).
 * SiteDirectory is a port the site capability implements.
 */
package org.trialdesk.security.boundary;
