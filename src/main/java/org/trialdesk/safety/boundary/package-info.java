/**
 * AdverseEventService (record, correct, void, sign), AdverseEventDocuments (what the API and pages
 * show, with the clocks), AdverseEventSearch, ExpeditedReports, ToxicityAnalysis, the CTCAE
 * dictionary and the resources.
 */
package org.trialdesk.safety.boundary;
