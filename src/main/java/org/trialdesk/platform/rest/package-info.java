/**
 * The JAX-RS application and what every resource shares: the caller's language from Accept-
 * Language, strict JSON bodies (no unknown fields, no silent coercion, bounded nesting),
 * problem+json for every refusal.
 */
package org.trialdesk.platform.rest;
