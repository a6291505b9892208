package dev.structview.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.alloc.AllocatorFamily;
import dev.structview.alloc.LeakTracking;
import dev.structview.bench.data.MessageData;
import dev.structview.bench.data.TickData;
import dev.structview.bench.files.FileContenders;
import dev.structview.bench.files.MappedBufferTicks;
import dev.structview.bench.files.NpyContenders;
import dev.structview.bench.files.NpyFiles;
import dev.structview.bench.files.TickFiles;
import dev.structview.bench.ticks.FfmTicks;
import dev.structview.bench.ticks.RecordArrayLoops;
import dev.structview.leak.LeakLevel;
import dev.structview.leak.Leaks;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Calls every {@code @Benchmark} method once, as a fork would after its setup, so that a long run
 * never finds a broken benchmark; the methods of a workload that return a result must all return
 * the right one.
 */
class BenchmarkMethodsTest {
  private static final int RECORDS = 4096;

  @Test
  void w1ScanMethodsAgree() throws Exception {
    W1Scan w = new W1Scan();
    w.records = RECORDS;
    w.setUp();
    Map<String, Object> results = run(w);
    w.tearDown();
    assertAllReturn(TickData.expectedSumAll(RECORDS), results);
  }

  @Test
  void w1cColumnMethodsAgree() throws Exception {
    W1cColumn w = new W1cColumn();
    w.records = RECORDS;
    w.setUp();
    Map<String, Object> results = run(w);
    w.tearDown();
    assertAllReturn(TickData.expectedSumIds(RECORDS), results);
  }

  @Test
  void w1wWriteMethodsRun() throws Exception {
    W1wWrite w = new W1wWrite();
    w.records = RECORDS;
    w.setUp();
    Map<String, Object> results = run(w);
    w.tearDown();
    assertEquals(12, results.size());
  }

  @Test
  void w1iIterateMethodsAgree() throws Exception {
    W1iIterate w = new W1iIterate();
    w.records = RECORDS;
    w.setUp();
    Map<String, Object> results = run(w);
    assertAllReturn(TickData.expectedSumAll(RECORDS), results);
    assertEquals(RecordArrayLoops.SCANS.keySet(), without(results.keySet(), "viewMoveTo", "varHandle", "varHandleIndex"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"same", "apart"})
  void w8MixedMemoryMethodsAgree(String code) throws Exception {
    W8MixedMemory w = new W8MixedMemory();
    w.records = RECORDS;
    w.code = code;
    w.setUp();
    Map<String, Object> results = run(w);
    assertAllReturn(TickData.expectedSumAll(RECORDS), results);
    Set<String> expected = new TreeSet<>(List.of("viewMoveTo", "forEach", "forEachLambda", "moveToIndex", "stream",
        "byteBufferHeap", "varHandle"));
    if (FfmTicks.available()) {
      expected.add("ffmHeap");
    }
    assertEquals(expected, results.keySet());
  }

  @Test
  void w1iwIterateWriteMethodsRun() throws Exception {
    W1iwIterateWrite w = new W1iwIterateWrite();
    w.records = RECORDS;
    w.setUp();
    Map<String, Object> results = run(w);
    assertEquals(RecordArrayLoops.FILLS.keySet(), without(results.keySet(), "viewMoveTo", "varHandle"));
  }

  @Test
  void w6BigFileMethodsAgree(@TempDir Path dir) throws Exception {
    Map<String, Object> scans = runOverOneMiB(new W6BigFile(), dir);
    Map<String, Object> bandwidths = new LinkedHashMap<>();
    for (String name : List.of("bandwidth", "ffmBandwidth")) {
      if (scans.containsKey(name)) {
        bandwidths.put(name, scans.remove(name));
      }
    }
    int records = (int) TickFiles.records("1MiB");
    assertAllReturn(TickData.expectedSumAll(records), scans);
    assertAllReturn(TickFiles.longSum(TickData.generate(records)), bandwidths);
  }

  @Test
  void w7NpyMethodsAgree(@TempDir Path dir) throws Exception {
    Map<String, Object> sums = runOverOneMiB(new W7Npy(), dir);
    int records = (int) TickFiles.records("1MiB");
    Map<String, Object> opens = new LinkedHashMap<>();
    NpyTable.OPENS.stream().filter(sums::containsKey).forEach(name -> opens.put(name, sums.remove(name)));
    assertAllReturn(records, opens);
    assertAllReturn(TickData.expectedSumIds(records), sums);
  }

  /** What Agreement checks is what W6 and W7 measure. */
  @Test
  void bigFileBenchmarksAreTheFileContenders(@TempDir Path dir) throws Exception {
    Set<String> w6 = new TreeSet<>();
    Set<String> w7 = new TreeSet<>();
    try (FileContenders files = new FileContenders(TickFiles.ensure(dir, 10), 56);
         NpyContenders npy = new NpyContenders(NpyFiles.ensure(dir, 10), 56)) {
      w6.addAll(files.scans().keySet());
      w6.addAll(files.bandwidths().keySet());
      w7.addAll(npy.columnSums().keySet());
      w7.addAll(npy.opens().keySet());
      assertTrue(NpyTable.OPENS.containsAll(npy.opens().keySet()));   // the table's µs rows
    }
    assertEquals(benchmarks(W6BigFile.class), w6);
    assertEquals(benchmarks(W7Npy.class), w7);
  }

  @Test
  void w3GatherMethodsAgree() throws Exception {
    W3Gather w = new W3Gather();
    w.records = RECORDS;
    w.setUp();
    Map<String, Object> results = run(w);
    w.tearDown();
    assertAllReturn(TickData.expectedSumIds(RECORDS), results);
    assertTrue(results.containsKey("recordArrayFromNull"));
  }

  @Test
  void w2MessageDecodesAgree() throws Exception {
    W2Message w = new W2Message();
    w.messages = 256;
    w.setUp();
    Map<String, Object> results = run(w);
    results.values().removeIf(v -> v == null);
    assertAllReturn(MessageData.expectedSum(256), results);
    assertEquals(6, results.size());
  }

  @Test
  void w4ViewMethodsReturnWhatTheyMade() throws Exception {
    W4Views w = new W4Views();
    w.setUp();
    Map<String, Object> results = run(w);
    w.tearDown();
    assertEquals(1300L, results.get("memoryViewSlice"));   // len(range(100, 4000, 3))
    assertEquals(1300L, results.get("recordArraySlice"));
    assertEquals(4096L * 7, results.get("memoryViewCast2d"));
    assertEquals(4096L * 7, results.get("memoryViewOf"));
    assertEquals(TickData.id(1), results.get("moveToAndRead"));   // the first wrap or move lands on record 1
  }

  @Test
  void w5LifetimeLeavesOnePin() throws Exception {
    W5Lifetime w = new W5Lifetime();
    w.setUp();
    run(w);
    w.tearDown();
  }

  @Test
  void w5AllocatorFreesEveryBlock() throws Exception {
    for (AllocatorFamily family : AllocatorFamily.values()) {
      W5Allocator w = new W5Allocator();
      w.size = 64;
      w.family = family;
      w.tracking = LeakTracking.CALLER;
      w.setUp();
      assertEquals(64L, run(w).get("allocateFree"));
      w.tearDown();   // throws LeakException if a block was left
    }
    W5AllocatorBaseline baseline = new W5AllocatorBaseline();
    baseline.size = 64;
    assertEquals(2, run(baseline).size());
  }

  @Test
  void w5LeaksRunsAtEveryLevelAndRestoresTheLevel() throws Exception {
    LeakLevel before = Leaks.level();
    for (LeakLevel level : LeakLevel.values()) {
      W5Leaks w = new W5Leaks();
      w.level = level;
      w.setUp();
      W5Leaks.Exporter exporter = new W5Leaks.Exporter();
      exporter.setUp();
      assertEquals(64L, w.viewAcquireRelease(exporter));
      assertEquals(64L, w.viewAcquireReleaseTwoThreads(exporter));
      assertEquals(64L, w.viewOverArray(exporter));
      assertEquals(64L, w.allocateFree());
      w.tearDown(); // throws LeakException if a block was left
      assertEquals(before, Leaks.level());
    }
  }

  /** Calls every benchmark method of a big-file workload once, over a file of 1 MiB in {@code dir}. */
  private static Map<String, Object> runOverOneMiB(BigFileWorkload w, Path dir) throws Exception {
    w.size = "1MiB";
    w.setUp(dir, MappedBufferTicks.MAX_WINDOW);
    Map<String, Object> results = run(w);
    w.tearDown();
    return results;
  }

  /** The names of the benchmark methods of {@code type} that this JVM runs. */
  private static Set<String> benchmarks(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method m : type.getMethods()) {
      if (m.isAnnotationPresent(Benchmark.class) && (FfmTicks.available() || !m.getName().startsWith("ffm"))) {
        names.add(m.getName());
      }
    }
    return names;
  }

  private static Set<String> without(Set<String> names, String... left) {
    Set<String> rest = new TreeSet<>(names);
    rest.removeAll(List.of(left));
    return rest;
  }

  private static void assertAllReturn(long expected, Map<String, Object> results) {
    assertFalse(results.isEmpty());
    List<String> wrong = new ArrayList<>();
    results.forEach((name, value) -> {
      if (!Long.valueOf(expected).equals(value)) {
        wrong.add(name + "=" + value);
      }
    });
    assertTrue(wrong.isEmpty(), "expected " + expected + " from every method, got " + wrong);
  }

  /** Calls every benchmark method of {@code state} once, in name order; void methods give null. */
  private static Map<String, Object> run(Object state) throws Exception {
    Map<String, Object> results = new LinkedHashMap<>();
    List<Method> methods = new ArrayList<>();
    for (Method m : state.getClass().getMethods()) {
      if (m.isAnnotationPresent(Benchmark.class) && (FfmTicks.available() || !m.getName().startsWith("ffm"))) {
        methods.add(m);
      }
    }
    methods.sort((a, b) -> a.getName().compareTo(b.getName()));
    for (Method m : methods) {
      results.put(m.getName(), m.invoke(state));
    }
    return results;
  }
}
