/** Sites with their time zone, and their participation in trials. */
package org.trialdesk.site.entity;
