/**
 * Accounts, roles and site memberships; login (form for pages, HTTP Basic for the API) through
 * Jakarta Security; lockout after repeated failures; the caller's identity for the other
 * capabilities. Depends on {@code site} for memberships.
 */
package org.trialdesk.security;
