/**
 * AuditTrail (every create, change, void and login event, written in the caller's transaction),
 * Signatures (electronic signatures bound to a record's content), the audit API. Knows the caller
 * only through platform.security.
 */
package org.trialdesk.audit.boundary;
