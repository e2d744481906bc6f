/**
 * Lockout: when failures per account and source address lock that account for that address (plain
 * Java).
 */
package org.trialdesk.security.control;
