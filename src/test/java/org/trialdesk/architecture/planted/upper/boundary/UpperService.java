package org.trialdesk.architecture.planted.upper.boundary;

import org.trialdesk.architecture.planted.lower.entity.LowerRecord;

/** Planted for ArchitectureTest: the other half of the cycle. */
public class UpperService {

  LowerRecord record;
}
