package dev.structview.samples.views;

import static dev.structview.samples.views.Memories.AT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.structview.samples.views.ViewVectors.Read;
import dev.structview.view.MemoryView;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Replays every {@code read} case (bytes and the values CPython's {@code struct.unpack} gives) through
 * every way a generated view is placed on memory, and checks {@code unpack()}, {@code equals},
 * {@code hashCode} and {@code toString} against the same values.
 */
class ViewReadTest {

  /**
   * A view of a record's bytes placed one way, and the {@code recordOffset()} it must give: counted
   * from a buffer's position, as {@code wrap}'s offset is.
   */
  private record Placement(String label, Supplier<Object> view, Integer recordOffset) {}

  @TestFactory
  Stream<DynamicNode> everyGetterReadsWhatStructUnpacks() {
    return Replays.perView(access -> access.vectors.reads().stream()
        .map(r -> dynamicTest("line " + r.line(), () -> assertReadEverywhere(access, r))));
  }

  @TestFactory
  Stream<DynamicNode> unpackEqualsHashCodeAndToStringFollowTheValues() {
    return Replays.perView(access -> access.vectors.hasNested() ? Stream.empty()
        : access.vectors.reads().stream().map(r -> dynamicTest("line " + r.line(), () -> assertObjectMethods(access, r))));
  }

  @TestFactory
  Stream<DynamicNode> readOnlyMemoryIsRefusedExactlyByViewsWithSetters() {
    return Replays.perView(access -> Stream.of(dynamicTest(access.writable() ? "refused" : "accepted",
        () -> assertReadOnlyMemory(access, access.vectors.reads().get(7)))));
  }

  private static void assertReadEverywhere(ViewAccess access, Read r) {
    List<Executable> checks = new ArrayList<>();
    for (Placement place : placements(access, r.bytes())) {
      checks.add(() -> {
        Object view = place.view().get();
        Replays.assertReads(access, view, r.tokens(), place.label());
        if (place.recordOffset() != null) {
          Method offset = ViewAccess.find(access.view, "recordOffset");
          assertEquals(place.recordOffset(), ViewAccess.call(view, offset), place.label() + ": recordOffset()");
        }
      });
    }
    checks.add(() -> {
      try (MemoryView memory = MemoryView.of(r.bytes())) {
        Replays.assertReads(access, access.wrap(memory), r.tokens(), "wrap(MemoryView.of(byte[]))");
      }
    });
    checks.add(() -> {
      ByteBuffer direct = Memories.direct(Memories.padded(r.bytes())).position(AT).limit(AT + r.bytes().length);
      try (MemoryView memory = MemoryView.of(direct)) {
        Replays.assertReads(access, access.wrap(memory), r.tokens(), "wrap(MemoryView.of(direct buffer))");
      }
    });
    assertAll(checks);
  }

  /** Every way to place a view on the record's bytes, outside memoryviews. */
  private static List<Placement> placements(ViewAccess access, byte[] bytes) {
    byte[] padded = Memories.padded(bytes);
    int size = bytes.length;
    List<Placement> out = new ArrayList<>();
    out.add(new Placement("wrap(byte[])", () -> access.wrap(bytes.clone()), 0));
    out.add(new Placement("wrap(byte[], 3)", () -> access.wrap(padded.clone(), AT), AT));
    out.add(new Placement("wrap(heap buffer at position 1, 2)",
        () -> access.wrap(ByteBuffer.wrap(padded.clone()).position(1), AT - 1), AT - 1));
    out.add(new Placement("wrap(heap buffer with array offset 2 at position 1, 0)",
        () -> access.wrap(Memories.slicedHeap(padded.clone()), 0), 0));
    out.add(new Placement("wrap(direct buffer at position 3, 0)",
        () -> access.wrap(Memories.direct(padded).position(AT), 0), 0));
    out.add(new Placement("moveTo(3) after wrap(byte[], 0)", () -> {
      Object view = access.wrap(padded.clone(), 0);
      return ViewAccess.call(view, ViewAccess.find(access.view, "moveTo", int.class), AT);
    }, AT));
    out.add(new Placement("moveTo(byte[], 3) after wrap(other byte[])", () -> {
      Object view = access.wrap(new byte[size]);
      return ViewAccess.call(view, ViewAccess.find(access.view, "moveTo", byte[].class, int.class), padded.clone(), AT);
    }, AT));
    if (!access.writable()) {
      out.add(new Placement("wrap(read-only direct buffer at position 3, 0)",
          () -> access.wrap(Memories.direct(padded).position(AT).asReadOnlyBuffer(), 0), 0));
      out.add(new Placement("wrap(read-only heap buffer at position 1, 2)",
          () -> access.wrap(ByteBuffer.wrap(padded).asReadOnlyBuffer().position(1), AT - 1), AT - 1));
    }
    return out;
  }

  private static void assertObjectMethods(ViewAccess access, Read r) {
    Object onArray = access.wrap(r.bytes().clone());
    Object onDirect = access.wrap(Memories.direct(Memories.padded(r.bytes())).position(AT), 0);
    Object expected = access.newValues(Replays.values(access.vectors, r.tokens(), false));
    String name = access.iface.getSimpleName(); // Rec for Outer.Rec, as the javadoc's Tick[...]
    assertAll(
        () -> assertEquals(expected, access.unpack(onArray), "unpack() on a byte[]"),
        () -> assertEquals(expected, access.unpack(onDirect), "unpack() on a direct buffer"),
        () -> assertEquals(onArray, onDirect, "views of equal records in different memories are equal"),
        () -> assertEquals(onArray.hashCode(), onDirect.hashCode(), "hashCode of equal records"),
        () -> assertEquals(expected.toString().replaceFirst("^Values\\[", name + "["), onArray.toString(),
            "toString() is the interface's name and the values, as Values shows them"),
        () -> assertNotEquals(onArray, expected, "a view never equals a Values record"));
    if (r == access.vectors.reads().get(5)) { // all bytes 0x55: every field differs from all bytes 0x00
      assertNotEquals(onArray, access.wrap(access.vectors.reads().get(0).bytes().clone()), "different records");
    }
  }

  private static void assertReadOnlyMemory(ViewAccess access, Read r) {
    byte[] padded = Memories.padded(r.bytes());
    ByteBuffer readOnly = Memories.direct(padded).position(AT).limit(AT + r.bytes().length).asReadOnlyBuffer();
    // Views with setters wrap read-only memory too (a read-only file mapping): reads work, writes refuse.
    Replays.assertReads(access, access.wrap(readOnly.duplicate(), 0), r.tokens(), "wrap(read-only buffer, 0)");
    try (MemoryView memory = MemoryView.of(readOnly.duplicate())) {
      Replays.assertReads(access, access.wrap(memory), r.tokens(), "wrap(read-only memoryview)");
      try (var records = access.array(memory)) {
        assertEquals(true, records.readonly(), "array(read-only memoryview).readonly()");
        Replays.assertReads(access, records.get(0), r.tokens(), "array(read-only memoryview).get(0)");
      }
    }
    try (var records = access.array(readOnly.duplicate())) {
      Replays.assertReads(access, records.get(0), r.tokens(), "array(read-only buffer).get(0)");
    }
  }
}
