/** The login page, Rights (what pages ask before rendering a control) and user administration. */
package org.trialdesk.security.ui;
