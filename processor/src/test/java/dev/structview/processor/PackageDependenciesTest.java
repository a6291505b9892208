package dev.structview.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.testing.PackageGraph;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps the processor's packages layered, one per phase: no package cycle; the root (the processor
 * step, which drives every phase) is depended on by none; and {@code report}, the diagnostics
 * vocabulary every phase uses, depends on none. The graph is read from the main sources
 * ({@link PackageGraph}), so a name in a string (the {@code @Generated} value) is no dependency.
 */
class PackageDependenciesTest {
  private static final String ROOT = "dev.structview.processor";

  private static Map<String, Set<String>> graph() {
    return PackageGraph.of(PackageGraph.module(), ROOT);
  }

  @Test
  void thePackagesFormNoCycle() {
    Map<String, Set<String>> graph = graph();
    assertTrue(graph.keySet().containsAll(Set.of(ROOT, ROOT + ".read", ROOT + ".bind", ROOT + ".emit")),
        "expected the processor's packages, found " + graph.keySet());
    List<String> cycle = PackageGraph.cycle(graph);
    assertTrue(cycle.isEmpty(), "package cycle: " + String.join(" -> ", cycle) + "\nall dependencies: " + graph);
  }

  @Test
  void nothingDependsOnTheRoot() {
    assertEquals(Set.of(), PackageGraph.dependentsOf(graph(), ROOT), "packages that depend on the processor step, " + ROOT);
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
    assertEquals(List.of("bind", "root", "bind"), PackageGraph.cycle(graph));
    assertEquals(List.of(), PackageGraph.cycle(Map.of("root", Set.of("bind"), "bind", Set.of("report"), "report", Set.of())));
  }
}
