/** Accounts with their roles and sites, and counted password failures. */
package org.trialdesk.security.entity;
