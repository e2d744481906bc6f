package org.trialdesk.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Paging, sorting and filtering done by the database, for every lazy table. Only the attributes a
 * caller lists may be sorted or filtered on, so a request cannot reach into other columns. Text
 * attributes match case-insensitively anywhere; enum attributes match a constant's exact name.
 */
public final class Pages {

  private Pages() {}

  /** A fixed restriction of a list, e.g. to one trial or to the caller's sites. */
  @FunctionalInterface
  public interface Restriction<T> {
    Predicate on(CriteriaBuilder cb, Root<T> root);
  }

  public static <T> long count(
      EntityManager em, Class<T> type, PageRequest request, List<String> allowed) {
    return count(em, type, request, allowed, (cb, root) -> cb.conjunction());
  }

  public static <T> long count(
      EntityManager em,
      Class<T> type,
      PageRequest request,
      List<String> allowed,
      Restriction<T> restriction) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<T> root = query.from(type);
    query.select(cb.count(root)).where(where(cb, root, request, allowed, restriction));
    return em.createQuery(query).getSingleResult();
  }

  /**
   * Every row a paged source holds, read {@link PageRequest#MAX_SIZE} at a time from the given
   * first row on; a shorter page is the last. For exports, which want the whole selection.
   */
  public static <T> List<T> every(IntFunction<List<T>> pageFrom) {
    List<T> all = new ArrayList<>();
    List<T> page;
    do {
      page = pageFrom.apply(all.size());
      all.addAll(page);
    } while (page.size() == PageRequest.MAX_SIZE);
    return all;
  }

  public static <T> List<T> load(
      EntityManager em, Class<T> type, PageRequest request, List<String> allowed) {
    return load(em, type, request, allowed, (cb, root) -> cb.conjunction());
  }

  /**
   * One page of {@code type}, filtered and sorted by the attributes in {@code allowed} (dotted
   * paths such as {@code site.code} reach into references), within {@code restriction}.
   */
  public static <T> List<T> load(
      EntityManager em,
      Class<T> type,
      PageRequest request,
      List<String> allowed,
      Restriction<T> restriction) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<T> query = cb.createQuery(type);
    Root<T> root = query.from(type);
    query.select(root).where(where(cb, root, request, allowed, restriction));
    String sortBy =
        request.sortBy() != null && allowed.contains(request.sortBy())
            ? request.sortBy()
            : allowed.get(0);
    query.orderBy(request.ascending() ? cb.asc(path(root, sortBy)) : cb.desc(path(root, sortBy)));
    return em.createQuery(query)
        .setFirstResult(request.first())
        .setMaxResults(request.size())
        .getResultList();
  }

  private static <T> Predicate[] where(
      CriteriaBuilder cb,
      Root<T> root,
      PageRequest request,
      List<String> allowed,
      Restriction<T> restriction) {
    List<Predicate> all = new ArrayList<>(List.of(filters(cb, root, request.filters(), allowed)));
    all.add(restriction.on(cb, root));
    return all.toArray(Predicate[]::new);
  }

  private static Path<?> path(Root<?> root, String dotted) {
    Path<?> path = root;
    for (String part : dotted.split("\\.")) {
      path = path.get(part);
    }
    return path;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Predicate[] filters(
      CriteriaBuilder cb, Root<?> root, Map<String, String> filters, List<String> allowed) {
    List<Predicate> predicates = new ArrayList<>();
    filters.forEach(
        (attribute, value) -> {
          if (!allowed.contains(attribute) || value == null || value.isBlank()) {
            return;
          }
          Path<?> path = path(root, attribute);
          Class<?> javaType = path.getJavaType();
          if (javaType.isEnum()) {
            try {
              predicates.add(cb.equal(path, Enum.valueOf((Class) javaType, value.trim())));
            } catch (IllegalArgumentException unknownConstant) {
              predicates.add(cb.disjunction());
            }
          } else {
            String pattern = "%" + value.trim().toLowerCase(Locale.ROOT) + "%";
            predicates.add(cb.like(cb.lower(path.as(String.class)), pattern));
          }
        });
    return predicates.toArray(Predicate[]::new);
  }
}
