package dev.structview.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.structview.view.ViewVectors.Case;
import dev.structview.view.ViewVectors.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the CPython 3.13 memoryview vectors ({@code src/test/python/gen_memoryview_vectors.py})
 * against {@link MemoryView}: every view's attributes, every item bit for bit in its documented
 * carrier class, the memory after every write, every consumer's descriptor, the exporter's get and
 * release counts, and every error in its mapped exception family with CPython's message as the
 * prefix of ours.
 *
 * <p>A case stops at its first disagreement, since later steps depend on the state it left
 * ({@code -Dvectors.keepGoing=true} runs on, for triage); the report lists the first
 * {@value #MAX_REPORTED} disagreements of each file with their file:line.
 * Where Java differs from CPython on purpose the vector says so ({@code java:} columns).
 */
class MemoryViewVectorTest {
  private static final String DIR = "/vectors/memoryview/";
  private static final List<String> FILES =
      List.of("chains_bytes", "chains_ndarray", "chains_ext", "compare", "getbuf", "lifecycle");
  private static final int MAX_REPORTED = 25;
  /** For triage: {@code -Dvectors.keepGoing=true} runs every step of a case after a disagreement. */
  private static final boolean KEEP_GOING = Boolean.getBoolean("vectors.keepGoing");

  @TestFactory
  Stream<DynamicTest> replaysEveryVectorFile() {
    return FILES.stream().map(name -> DynamicTest.dynamicTest(name, () -> replay(DIR + name + ".tsv")));
  }

  @Test
  void vectorsComeFromCPython313AndAreNumerous() {
    int steps = 0;
    int errors = 0;
    for (String name : FILES) {
      String version = ViewVectors.pythonVersion(DIR + name + ".tsv");
      assertTrue(version != null && version.startsWith("3.13"), name + " was made by " + version);
      for (Case c : ViewVectors.load(DIR + name + ".tsv")) {
        steps += c.steps().size();
        errors += (int) c.steps().stream().filter(s -> !s.op().equals("exporter") && !s.expected().ok()).count();
      }
    }
    assertTrue(steps > 15_000, "steps: " + steps);
    assertTrue(errors > 3_000, "error steps: " + errors);
  }

  private static void replay(String resource) {
    List<Case> cases = ViewVectors.load(resource);
    List<String> failures = new ArrayList<>();
    Map<String, Integer> byOp = new TreeMap<>();
    int steps = 0;
    for (Case c : cases) {
      ViewReplay replay = new ViewReplay();
      try {
        for (Step step : c.steps()) {
          steps++;
          String failure = runStep(replay, step);
          if (failure != null) {
            failures.add(step + "\n    in " + c + "\n    -> " + failure);
            byOp.merge(step.op(), 1, Integer::sum);
            if (!KEEP_GOING) {
              break;
            }
          }
        }
      } finally {
        replay.close();
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " disagreements in " + cases.size() + " cases (" + steps + " steps run); "
          + "failing steps by operation: " + byOp + "\n"
          + String.join("\n", failures.subList(0, Math.min(MAX_REPORTED, failures.size()))));
    }
  }

  private static String runStep(ViewReplay replay, Step step) {
    try {
      return replay.run(step);
    } catch (Throwable t) {
      return "unexpected " + t + " at " + Arrays.toString(Arrays.copyOf(t.getStackTrace(), 4));
    }
  }

  // ---- the harness itself must be able to fail ----------------------------------------------

  @Test
  void harnessRejectsWrongValuesAndCarriers() {
    assertNull(ViewValues.mismatch("b", "i-1", (byte) -1));
    assertEquals("1 != i2", ViewValues.mismatch("b", "i2", (byte) 1));
    assertNotNull(ViewValues.mismatch("b", "i1", 1), "an Integer is not the Byte 'b' documents");
    assertNotNull(ViewValues.mismatch("d", "d7ff8000000000001", Double.NaN), "NaN payloads are compared");
    assertNull(ViewValues.mismatch("<2h", "[(i1,i2)]", List.of(List.of((short) 1, (short) 2))));
    assertNotNull(ViewValues.mismatch("<2h", "[(i1,i2)]", List.of(List.of((short) 1))));
    // A signalling float NaN is compared as C widens it to double: quiet, payload kept.
    assertNull(ViewValues.mismatch("f", "d7ff8000020000000", Float.intBitsToFloat(0x7f800001)));
  }

  @Test
  void harnessMapsErrorFamilies() {
    ViewVectors.Expected readOnly = new ViewVectors.Expected(false, List.of(), "TypeError", ViewErrors.READ_ONLY, null);
    assertNull(ViewErrors.mismatch(readOnly, new java.nio.ReadOnlyBufferException()));
    assertNotNull(ViewErrors.mismatch(readOnly, new IllegalArgumentException(ViewErrors.READ_ONLY)));
    ViewVectors.Expected index = new ViewVectors.Expected(false, List.of(), "IndexError", "index out of bounds", null);
    assertNotNull(ViewErrors.mismatch(index, new ArrayIndexOutOfBoundsException("index out of bounds")));
    assertNull(ViewErrors.mismatch(index, new IndexOutOfBoundsException("index out of bounds on dimension 1")));
  }
}
