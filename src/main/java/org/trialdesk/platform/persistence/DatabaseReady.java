package org.trialdesk.platform.persistence;

/** CDI event fired once the schema is migrated, so that start-up work can rely on the tables. */
public record DatabaseReady() {}
