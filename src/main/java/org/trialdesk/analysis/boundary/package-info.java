/**
 * The analyses of a trial read from the database: the analysis data set (one row per randomized
 * subject), survival, response and CONSORT, each scoped to the caller's sites and blinding.
 */
package org.trialdesk.analysis.boundary;
