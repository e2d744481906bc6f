/**
 * The schema migrated by Flyway at start-up before anything else (the DatabaseReady event), and
 * paging and filtering of lists shared by the boundaries.
 */
package org.trialdesk.platform.persistence;
