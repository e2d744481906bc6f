/** The demo trial and sites created on first start; turned off with TRIALDESK_DEMO_DATA=false. */
package org.trialdesk.demo;
