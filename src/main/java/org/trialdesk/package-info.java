/**
 * TrialDesk: randomized, multi-institutional clinical trials. Capabilities first, lowest first:
 * platform, audit, security, trial, site, enrollment, randomization, safety, treatment, demo; each
 * uses only those before it (docs/architecture.md, held by ArchitectureTest). Inside each: ui,
 * boundary, control, entity.
 */
package org.trialdesk;
