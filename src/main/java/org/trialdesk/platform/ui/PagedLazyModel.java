package org.trialdesk.platform.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.trialdesk.platform.persistence.PageRequest;

/**
 * Connects a PrimeFaces lazy table to a boundary service's {@code count}/{@code page} pair, so that
 * paging, sorting and filtering happen in the database.
 */
public class PagedLazyModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  private final transient ToLongFunction<PageRequest> counter;
  private final transient Function<PageRequest, List<T>> loader;
  private final transient Function<T, String> rowKey;

  /** What the table last asked for: an export takes the same selection, every page of it. */
  private PageRequest lastRequest = PageRequest.firstPage(PageRequest.MAX_SIZE);

  public PagedLazyModel(
      ToLongFunction<PageRequest> counter,
      Function<PageRequest, List<T>> loader,
      Function<T, String> rowKey) {
    this.counter = counter;
    this.loader = loader;
    this.rowKey = rowKey;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(counter.applyAsLong(request(0, 1, Map.of(), filterBy)));
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    lastRequest = request(first, pageSize, sortBy, filterBy);
    return loader.apply(lastRequest);
  }

  /** The filters and sort the table shows now, from the first row. */
  public PageRequest selection() {
    return new PageRequest(
        0,
        PageRequest.MAX_SIZE,
        lastRequest.sortBy(),
        lastRequest.ascending(),
        lastRequest.filters());
  }

  @Override
  public String getRowKey(T row) {
    return rowKey.apply(row);
  }

  private static PageRequest request(
      int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    Map<String, String> filters = new HashMap<>();
    filterBy.forEach(
        (field, meta) -> {
          if (meta.getFilterValue() != null) {
            filters.put(meta.getField(), meta.getFilterValue().toString());
          }
        });
    return new PageRequest(
        first,
        size,
        sort == null ? null : sort.getField(),
        sort == null || sort.getOrder().isAscending(),
        filters);
  }
}
