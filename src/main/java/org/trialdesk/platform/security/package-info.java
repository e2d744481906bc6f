/**
 * The caller as every capability sees it: Caller (name, roles, sites and the checks made with
 * them), Role, Capability (what each role may do, declared once) and PasswordConfirmation (a
 * password asked again). The security capability implements them; lower capabilities depend on
 * these, not on it.
 */
package org.trialdesk.platform.security;
