package org.trialdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialdesk.security.PageActionMatrix.ACTIONS;
import static org.trialdesk.security.PageActionMatrix.BOUNDARY;
import static org.trialdesk.security.PageActionMatrix.FORM_ONLY;
import static org.trialdesk.security.PageActionMatrix.PUBLIC;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trialdesk.platform.security.Capability;

/**
 * Holds {@link PageActionMatrix} to the pages and the compiled page beans, without a server: every
 * page action has a row, every boundary method it calls has a probed row, and each action's row is
 * what its boundary calls give (see the matrix for the design).
 */
class PageActionsTest {

  private static final Path WEBAPP = Paths.get("src", "main", "webapp");

  private final PageActionScan scan = new PageActionScan(WEBAPP, Paths.get("target", "classes"));

  @Test
  void everyPageActionHasARowAndEveryRowAnAction() {
    assertThat(new TreeSet<>(ACTIONS.keySet())).isEqualTo(scan.actions());
  }

  @Test
  void everyActionNamesAPublicMethodOfANamedBean() {
    List<String> unresolved = new ArrayList<>();
    for (String action : scan.actions()) {
      Class<?> bean = scan.bean(action.substring(0, action.indexOf('.')));
      String method = action.substring(action.indexOf('.') + 1);
      if (bean == null
          || Arrays.stream(bean.getMethods()).map(Method::getName).noneMatch(method::equals)) {
        unresolved.add(action);
      }
    }
    assertThat(unresolved).isEmpty();
  }

  @Test
  void everyBoundaryMethodAPageCallsIsProbed() {
    Set<String> called = new TreeSet<>();
    scan.reachedBoundary().values().forEach(called::addAll);
    Set<String> rows = new TreeSet<>(BOUNDARY.keySet());
    // The capability rows exist for every capability; only those pages use must be called.
    rows.removeIf(r -> r.startsWith("Rights.pageAllowed(") && !called.contains(r));
    assertThat(rows).isEqualTo(called);
  }

  @Test
  void eachActionIsRefusedToWhomItsBoundaryCallsRefuse() {
    Map<String, Set<String>> reached = scan.reachedBoundary();
    Map<String, Set<String>> views = scan.viewActionsByPage();
    Map<String, Set<String>> pages = scan.actionsByPage();
    List<String> wrong = new ArrayList<>();
    ACTIONS.forEach(
        (action, declared) -> {
          Set<String> calls = reached.getOrDefault(action, Set.of());
          if (declared.equals(PUBLIC) || declared.equals(FORM_ONLY)) {
            if (!calls.isEmpty()) {
              wrong.add(action + " is " + declared + " but calls " + calls);
            }
            if (declared.equals(FORM_ONLY) && !onAGuardedPage(action, pages, views, reached)) {
              wrong.add(action + " edits a form on a page every caller may open");
            }
            return;
          }
          String derived = strictest(calls);
          if (!derived.equals(declared)) {
            wrong.add(action + ": row " + declared + ", its calls " + calls + " give " + derived);
          }
        });
    assertThat(wrong).isEmpty();
  }

  @Test
  void pagesAskOnlyForCapabilitiesThatExist() throws IOException {
    Pattern may = Pattern.compile("rights\\.may\\('([^']*)'\\)");
    Set<String> asked = new TreeSet<>();
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        Matcher m = may.matcher(Files.readString(file));
        while (m.find()) {
          asked.add(m.group(1));
        }
      }
    }
    assertThat(asked).isNotEmpty();
    assertThat(Arrays.stream(Capability.values()).map(Enum::name).toList()).containsAll(asked);
  }

  @Test
  void theMatrixCatchesAnUnguardedCall() {
    // The derivation itself: one refusing call refuses the action; reads alone let all through.
    assertThat(strictest(Set.of("TrialService.find"))).isEqualTo("ok ok ok ok ok ok");
    assertThat(strictest(Set.of("TrialService.find", "TrialService.sign")))
        .isEqualTo("ok ok ok 403 403 403");
    assertThat(strictest(Set.of("EnrollmentService.find", "AdverseEventService.sign")))
        .isEqualTo("403 403 403 403 ok 403");
  }

  /** Per caller, the strictest answer among the calls: 403 before 404 before ok. */
  private static String strictest(Set<String> calls) {
    String[] result = PageActionMatrix.ALL.split(" ");
    for (String call : calls) {
      String row = BOUNDARY.get(call);
      if (row == null) {
        return "unprobed " + call;
      }
      String[] answers = row.split(" ");
      for (int i = 0; i < result.length; i++) {
        result[i] = rank(answers[i]) > rank(result[i]) ? answers[i] : result[i];
      }
    }
    return String.join(" ", result);
  }

  private static int rank(String answer) {
    return switch (answer) {
      case "403" -> 2;
      case "404" -> 1;
      default -> 0;
    };
  }

  /** Whether a view action of a page holding {@code action} refuses some caller. */
  private static boolean onAGuardedPage(
      String action,
      Map<String, Set<String>> pages,
      Map<String, Set<String>> views,
      Map<String, Set<String>> reached) {
    return pages.entrySet().stream()
        .filter(page -> page.getValue().contains(action))
        .allMatch(
            page ->
                views.getOrDefault(page.getKey(), Set.of()).stream()
                    .anyMatch(view -> strictest(reached.get(view)).contains("40")));
  }
}
