/**
 * What every page shares: messages next to fields from refusals, page parameters that answer 404,
 * lazy tables, refused post-backs, the language switch, times at a site, and the page's locale for
 * messages written below the pages (ViewLocale).
 */
package org.trialdesk.platform.ui;
