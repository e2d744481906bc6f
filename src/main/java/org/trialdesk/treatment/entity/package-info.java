/** Administrations of an agent and why a dose differs from the plan. */
package org.trialdesk.treatment.entity;
