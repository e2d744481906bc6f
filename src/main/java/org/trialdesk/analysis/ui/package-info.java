/** The trial's reports: dashboard, survival, response and CONSORT pages. */
package org.trialdesk.analysis.ui;
