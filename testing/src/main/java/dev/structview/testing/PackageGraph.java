package dev.structview.testing;

import java.io.IOException;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The package dependency graph of a module's main sources, for tests that keep its layers pointing
 * one way. Every type of the root package's tree that the sources name in code counts (imports,
 * static imports, names written in full); comments and literals are left out, since a name in a
 * string is no dependency.
 */
public final class PackageGraph {
  /** Comments and literals, which name nothing: tried leftmost first, so a quote in a comment stays in it. */
  private static final Pattern NOT_CODE = Pattern.compile(
      "//[^\n]*|/\\*.*?\\*/|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\n])*\"|'(?:\\\\.|[^'\\\\\n])*'", Pattern.DOTALL);
  private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;");

  private PackageGraph() {}

  /**
   * Reads each package under {@code root} in a module's {@code src/main/java}, with the other
   * packages of that tree its sources name.
   *
   * @param module the module's directory
   * @param root the root package, such as {@code dev.structview.processor}
   */
  public static Map<String, Set<String>> of(Path module, String root) {
    Path sources = module.resolve("src/main/java/" + root.replace('.', '/'));
    Pattern named = Pattern.compile("\\b" + Pattern.quote(root) + "((?:\\.[a-z_][a-z0-9_]*)*)\\.[A-Z*]");
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
        String code = NOT_CODE.matcher(Files.readString(file)).replaceAll(" ");
        Matcher declared = PACKAGE.matcher(code);
        if (!declared.find()) {
          throw new IllegalStateException("no package declaration in " + file);
        }
        Set<String> uses = graph.computeIfAbsent(declared.group(1), p -> new TreeSet<>());
        Matcher name = named.matcher(code);
        while (name.find()) {
          uses.add(root + name.group(1));
        }
        uses.remove(declared.group(1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return graph;
  }

  /** Returns the module directory the tests run in: Maven's {@code basedir}, else the working directory. */
  public static Path module() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  }

  /** Returns a cycle as the path that closes it ({@code a -> b -> a}), or an empty list. */
  public static List<String> cycle(Map<String, Set<String>> graph) {
    Set<String> done = new HashSet<>();
    for (String start : new TreeSet<>(graph.keySet())) {
      List<String> found = cycleFrom(start, graph, new ArrayList<>(), done);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** Returns the packages of {@code graph} that depend on {@code target}. */
  public static Set<String> dependentsOf(Map<String, Set<String>> graph, String target) {
    return graph.keySet().stream().filter(p -> graph.get(p).contains(target))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Depth first from {@code node}; {@code done} holds the nodes no cycle runs through. */
  private static List<String> cycleFrom(String node, Map<String, Set<String>> graph, List<String> path,
      Set<String> done) {
    int at = path.indexOf(node);
    if (at >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
      cycle.add(node);
      return cycle;
    }
    if (done.contains(node)) {
      return List.of();
    }
    path.add(node);
    for (String next : new TreeSet<>(graph.getOrDefault(node, Set.of()))) {
      List<String> found = cycleFrom(next, graph, path, done);
      if (!found.isEmpty()) {
        return found;
      }
    }
    path.remove(path.size() - 1);
    done.add(node);
    return List.of();
  }
}
