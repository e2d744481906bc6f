/** Audit records and signatures, and Auditable, what every audited record shows of itself. */
package org.trialdesk.audit.entity;
