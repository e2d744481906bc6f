/** The audit trail's page: filters by trial, record, user and period. */
package org.trialdesk.audit.ui;
