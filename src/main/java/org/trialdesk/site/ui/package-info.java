/** The site list and editor, and a trial's sites with their status and cap. */
package org.trialdesk.site.ui;
