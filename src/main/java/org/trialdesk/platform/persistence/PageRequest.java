package org.trialdesk.platform.persistence;

import java.io.Serializable;
import java.util.Map;

/**
 * One page of a list as a table asks for it: where it starts, how long it is, the sort column and
 * the column filters (attribute name → text typed by the user).
 */
public record PageRequest(
    int first, int size, String sortBy, boolean ascending, Map<String, String> filters)
    implements Serializable {

  public static final int MAX_SIZE = 500;

  public PageRequest {
    first = Math.max(0, first);
    size = Math.max(1, Math.min(MAX_SIZE, size));
    filters = filters == null ? Map.of() : Map.copyOf(filters);
  }

  public static PageRequest firstPage(int size) {
    return new PageRequest(0, size, null, true, Map.of());
  }
}
