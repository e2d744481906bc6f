/**
 * One way to check input: ConstraintCheck validates a document or entity with Bean Validation in
 * the caller's language and words the Refusals clinical rules return; shared constraints (codes as
 * enum names, countries, time zones).
 */
package org.trialdesk.platform.validation;
