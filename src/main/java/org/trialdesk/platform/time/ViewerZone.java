package org.trialdesk.platform.time;

import java.time.ZoneId;

/**
 * The zone the person reading a page reads times in. Implemented by the security capability, which
 * knows the account's choice and its sites; the pages only format with it.
 */
public interface ViewerZone {

  ZoneId zone();
}
