/**
 * Pure statistics, without a container: Kaplan–Meier curves and the log-rank test as R's {@code
 * survival} package computes them, binomial intervals for response rates, and CONSORT counts.
 */
package org.trialdesk.analysis.control;
