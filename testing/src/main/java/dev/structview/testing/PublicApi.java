package dev.structview.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public classes of a module's packages, found by listing its compiled classes rather than by a
 * hand-kept list, so a new class is swept without anyone remembering to add it; and their public
 * members, named as failure reports name them.
 */
public final class PublicApi {
  private PublicApi() {}

  /**
   * Returns every public class (nested ones too, when every enclosing class is public) of each
   * package, read from the class directory {@code anchor} was loaded from.
   *
   * @throws AssertionError if {@code anchor} was not loaded from a directory, or a package has no
   *     public class: a scan that silently finds nothing must not pass as a sweep
   */
  public static List<Class<?>> classes(Class<?> anchor, String... packages) {
    Path root = classDirectory(anchor);
    List<Class<?>> found = new ArrayList<>();
    for (String pkg : packages) {
      List<Class<?>> inPackage = classesIn(root, pkg, anchor.getClassLoader());
      if (inPackage.isEmpty()) {
        throw new AssertionError("no public class in package " + pkg + " under " + root);
      }
      found.addAll(inPackage);
    }
    return found;
  }

  /**
   * Returns the public constructors and the public methods a class declares (not bridges or other
   * synthetic methods), in a stable order.
   */
  public static List<Executable> members(Class<?> type) {
    Stream<Executable> constructors = Arrays.stream(type.getConstructors());
    Stream<Executable> methods = Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
        .map(Executable.class::cast);
    return Stream.concat(constructors, methods).sorted(Comparator.comparing(PublicApi::name))
        .collect(Collectors.toList());
  }

  /** {@code "MemoryView.cast(String,long[])"}, or {@code "Tracker$BlockInfo.<init>(String,...)"}. */
  public static String name(Executable member) {
    Class<?> type = member.getDeclaringClass();
    String simple = type.getName().substring(type.getPackageName().length() + 1);
    String method = member instanceof Method ? member.getName() : "<init>";
    return simple + "." + method + Arrays.stream(member.getParameterTypes()).map(Class::getSimpleName)
        .collect(Collectors.joining(",", "(", ")"));
  }

  private static Path classDirectory(Class<?> anchor) {
    try {
      Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isDirectory(root)) {
        throw new AssertionError(anchor + " was loaded from " + root + ", not a class directory");
      }
      return root;
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Class<?>> classesIn(Path root, String pkg, ClassLoader loader) {
    Path dir = root.resolve(pkg.replace('.', '/'));
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".class")).sorted()
          .map(f -> load(pkg + "." + f.substring(0, f.length() - ".class".length()), loader))
          .filter(PublicApi::reachable).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** Public all the way out: a public class nested in a package-private one is not API. */
  private static boolean reachable(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isSynthetic()) {
        return false;
      }
    }
    return true;
  }
}
