package org.trialdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.beans.Introspector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Finds every action a page can run and the boundary methods it reaches: the EL method expressions
 * of the XHTML files (as written, comments left out), their beans resolved by {@code @Named} name
 * in the compiled classes, and each action method's bytecode followed through the bean's own
 * helpers and lambdas to the calls it makes on boundary beans.
 */
final class PageActionScan {

  /** The attributes whose EL is a method a request runs. */
  private static final Pattern ACTION =
      Pattern.compile(
          "\\b(action|actionListener|listener|completeMethod|fileUploadListener)\\s*=\\s*"
              + "\"#\\{\\s*([A-Za-z_]\\w*)\\.([A-Za-z_]\\w*)");

  private static final Pattern VIEW_ACTION =
      Pattern.compile("<f:viewAction[^>]*\\baction\\s*=\\s*\"#\\{\\s*([A-Za-z_]\\w*)\\.(\\w+)");

  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

  private static final String RIGHTS = "org/trialdesk/security/ui/Rights";
  private static final String CAPABILITY = "org/trialdesk/platform/security/Capability";

  /** The caller's identity, read by everyone; not an action on data. */
  private static final String CURRENT_USER = "org/trialdesk/security/boundary/CurrentUser";

  private final Path webapp;
  private final Path classes;
  private final Map<String, Class<?>> beans = new TreeMap<>();

  PageActionScan(Path webapp, Path classes) {
    this.webapp = webapp;
    this.classes = classes;
    findNamedBeans();
  }

  /** Page file → the "bean.method" of each action on it. */
  Map<String, Set<String>> actionsByPage() {
    return byPage(ACTION, 2);
  }

  /** Page file → its view actions. */
  Map<String, Set<String>> viewActionsByPage() {
    return byPage(VIEW_ACTION, 1);
  }

  /** Every action anywhere, view actions included. */
  Set<String> actions() {
    Set<String> all = new TreeSet<>();
    actionsByPage().values().forEach(all::addAll);
    return all;
  }

  /** The boundary methods ("Class.method") each action can reach. */
  Map<String, Set<String>> reachedBoundary() {
    Map<String, Set<String>> reached = new TreeMap<>();
    for (String action : actions()) {
      reached.put(action, calls(action));
    }
    return reached;
  }

  /** The class of a {@code @Named} bean, or null. */
  Class<?> bean(String name) {
    return beans.get(name);
  }

  private Map<String, Set<String>> byPage(Pattern pattern, int beanGroup) {
    Map<String, Set<String>> found = new TreeMap<>();
    try (Stream<Path> files = Files.walk(webapp)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        String page = webapp.relativize(file).toString();
        String text = COMMENT.matcher(Files.readString(file)).replaceAll("");
        Matcher m = pattern.matcher(text);
        while (m.find()) {
          found
              .computeIfAbsent(page, p -> new TreeSet<>())
              .add(m.group(beanGroup) + "." + m.group(beanGroup + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private void findNamedBeans() {
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = load(name);
        Named named = type == null ? null : type.getAnnotation(Named.class);
        if (named != null) {
          beans.put(
              named.value().isEmpty()
                  ? Introspector.decapitalize(type.getSimpleName())
                  : named.value(),
              type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PageActionScan.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  /** The boundary calls of one "bean.method", followed through the bean's own methods. */
  Set<String> calls(String action) {
    String beanName = action.substring(0, action.indexOf('.'));
    Class<?> type = beans.get(beanName);
    if (type == null) {
      throw new IllegalStateException("No @Named bean " + beanName + " for " + action);
    }
    String owner = type.getName().replace('.', '/');
    Set<String> found = new TreeSet<>();
    follow(owner, action.substring(action.indexOf('.') + 1), null, new HashSet<>(), found);
    return found;
  }

  private void follow(
      String owner, String method, String descriptor, Set<String> visited, Set<String> found) {
    if (!visited.add(method + (descriptor == null ? "*" : descriptor))) {
      return;
    }
    try (InputStream in = Files.newInputStream(classes.resolve(owner + ".class"))) {
      new ClassReader(in)
          .accept(
              new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(
                    int access, String name, String desc, String signature, String[] exceptions) {
                  if (!name.equals(method) || (descriptor != null && !descriptor.equals(desc))) {
                    return null;
                  }
                  return new Calls(owner, visited, found);
                }
              },
              0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Records boundary calls; follows the bean's own methods and lambdas. */
  private final class Calls extends MethodVisitor {
    private final String owner;
    private final Set<String> visited;
    private final Set<String> found;
    private String lastCapability;

    Calls(String owner, Set<String> visited, Set<String> found) {
      super(Opcodes.ASM9);
      this.owner = owner;
      this.visited = visited;
      this.found = found;
    }

    @Override
    public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
      lastCapability =
          opcode == Opcodes.GETSTATIC && fieldOwner.equals(CAPABILITY) ? name : lastCapability;
    }

    @Override
    public void visitMethodInsn(
        int opcode, String callee, String name, String descriptor, boolean isInterface) {
      if (callee.equals(owner)) {
        follow(owner, name, descriptor, visited, found);
      } else if (callee.equals(RIGHTS) && name.equals("pageAllowed")) {
        found.add("Rights.pageAllowed(" + lastCapability + ")");
      } else if (opcode != Opcodes.INVOKESTATIC && boundaryBean(callee)) {
        found.add(callee.substring(callee.lastIndexOf('/') + 1) + "." + name);
      }
    }

    @Override
    public void visitInvokeDynamicInsn(
        String name, String descriptor, Handle bootstrap, Object... arguments) {
      for (Object argument : arguments) {
        if (argument instanceof Handle handle && handle.getOwner().equals(owner)) {
          follow(owner, handle.getName(), handle.getDesc(), visited, found);
        }
      }
    }
  }

  /** A bean (or the interface of one) in a boundary package, other than the caller's identity. */
  private static boolean boundaryBean(String internalName) {
    if (!internalName.matches("org/trialdesk/\\w+/boundary/\\w+")
        || internalName.equals(CURRENT_USER)) {
      return false;
    }
    Class<?> type = load(internalName.replace('/', '.'));
    return type != null
        && (type.isInterface()
            || type.isAnnotationPresent(ApplicationScoped.class)
            || type.isAnnotationPresent(RequestScoped.class)
            || type.isAnnotationPresent(SessionScoped.class)
            || type.isAnnotationPresent(Dependent.class));
  }

  static List<String> list(Map<String, Set<String>> map) {
    List<String> lines = new ArrayList<>();
    map.forEach((k, v) -> lines.add(k + " -> " + v));
    return lines;
  }
}
