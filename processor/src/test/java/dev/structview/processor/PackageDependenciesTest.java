package dev.structview.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;

/**
 * Keeps the processor's packages layered, one per phase: no package cycle; the root (the processor
 * step, which drives every phase) is depended on by none; and {@code report}, the diagnostics
 * vocabulary every phase uses, depends on none. The graph is read from the main sources: every
 * processor type they name in code (imports, static imports, names written in full), with comments
 * and literals left out, since a name in a string (the {@code @Generated} value) is no dependency.
 */
class PackageDependenciesTest {
  private static final String ROOT = "dev.structview.processor";
  private static final Path MODULE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  private static final Path SOURCES = MODULE.resolve("src/main/java/" + ROOT.replace('.', '/'));

  /** Comments and literals, which name nothing: tried leftmost first, so a quote in a comment stays in it. */
  private static final Pattern NOT_CODE = Pattern.compile(
      "//[^\n]*|/\\*.*?\\*/|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\n])*\"|'(?:\\\\.|[^'\\\\\n])*'", Pattern.DOTALL);
  private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;");
  /** A processor type named in full; its package is the lower-case segments before the type (or {@code *}). */
  private static final Pattern NAMED =
      Pattern.compile("\\b" + Pattern.quote(ROOT) + "((?:\\.[a-z_][a-z0-9_]*)*)\\.[A-Z*]");

  @Test
  void thePackagesFormNoCycle() {
    Map<String, Set<String>> graph = graph();
    assertTrue(graph.keySet().containsAll(Set.of(ROOT, ROOT + ".read", ROOT + ".bind", ROOT + ".emit")),
        "expected the processor's packages in " + SOURCES.normalize() + ", found " + graph.keySet());
    List<String> cycle = cycle(graph);
    assertTrue(cycle.isEmpty(), "package cycle: " + String.join(" -> ", cycle) + "\nall dependencies: " + graph);
  }

  @Test
  void nothingDependsOnTheRoot() {
    Map<String, Set<String>> graph = graph();
    Set<String> dependents = graph.keySet().stream().filter(p -> graph.get(p).contains(ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), dependents, "packages that depend on the processor step, " + ROOT);
  }

  @Test
  void reportIsALeaf() {
    assertEquals(Set.of(), graph().get(ROOT + ".report"), "processor packages that " + ROOT + ".report depends on");
  }

  /** The check itself: it finds a cycle, such as the one the report package broke. */
  @Test
  void aCycleIsFound() {
    Map<String, Set<String>> graph = Map.of("root", Set.of("bind", "report"), "bind", Set.of("root"),
        "report", Set.of());
    assertEquals(List.of("bind", "root", "bind"), cycle(graph));
    assertEquals(List.of(), cycle(Map.of("root", Set.of("bind"), "bind", Set.of("report"), "report", Set.of())));
  }

  /** Each processor package, with the other processor packages its sources name. */
  private static Map<String, Set<String>> graph() {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
        String code = NOT_CODE.matcher(Files.readString(file)).replaceAll(" ");
        Matcher declared = PACKAGE.matcher(code);
        assertTrue(declared.find(), "no package declaration in " + file);
        Set<String> uses = graph.computeIfAbsent(declared.group(1), p -> new TreeSet<>());
        Matcher named = NAMED.matcher(code);
        while (named.find()) {
          uses.add(ROOT + named.group(1));
        }
        uses.remove(declared.group(1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return graph;
  }

  /** Returns a cycle as the path that closes it ({@code a -> b -> a}), or an empty list. */
  static List<String> cycle(Map<String, Set<String>> graph) {
    Set<String> done = new HashSet<>();
    for (String start : new TreeSet<>(graph.keySet())) {
      List<String> found = cycleFrom(start, graph, new ArrayList<>(), done);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
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
