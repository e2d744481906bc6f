/**
 * Resource bundles in English and Japanese, the supported locales, and the language of the caller
 * for messages written below the pages (PageLocale is implemented in the ui layer).
 */
package org.trialdesk.platform.i18n;
