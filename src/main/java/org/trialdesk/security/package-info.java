/**
 * Accounts, roles and site memberships; login (form for pages, HTTP Basic for the API) through
 * Jakarta Security; lockout after repeated failures; the logged-in caller, which implements
 * platform.security.Caller for every other capability. Uses audit and platform.
 */
package org.trialdesk.security;
