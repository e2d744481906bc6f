/** CSV written for spreadsheets, safe against formula injection, one writer for every export. */
package org.trialdesk.platform.csv;
