/** ContentHash: the hash a signature is bound to, over a record's audited state. */
package org.trialdesk.audit.control;
