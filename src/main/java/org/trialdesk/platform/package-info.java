/**
 * Cross-cutting plumbing every capability uses: schema migrations at start-up, the problem+json
 * mapping of errors, resource bundles and the language switch, shared validation constraints and
 * the lazy-table adapter. Depends on no capability.
 */
package org.trialdesk.platform;
