package dev.structview.samples.views;

import static dev.structview.samples.views.Memories.AT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.structview.samples.views.ViewVectors.ErrorCase;
import dev.structview.samples.views.ViewVectors.Prop;
import dev.structview.samples.views.ViewVectors.SetCase;
import dev.structview.samples.views.ViewVectors.Write;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Replays the {@code write}, {@code set} and {@code error} cases: values written through setters,
 * the static {@code pack(...)}, {@code Values.pack()} and {@code pack(Values)} must give the bytes
 * CPython's {@code struct.pack} gives, and values it refuses must be refused with its message.
 * Interfaces with nested structs are covered by {@code NestedViewsTest}.
 */
class ViewWriteTest {

  @TestFactory
  Stream<DynamicNode> everyWayOfWritingGivesStructPackBytes() {
    return Replays.perView(access -> flat(access) ? access.vectors.writes().stream()
        .map(w -> dynamicTest("line " + w.line(), () -> assertWrites(access, w))) : Stream.empty());
  }

  @TestFactory
  Stream<DynamicNode> eachValueAloneGivesStructPackBytesAndReadsBack() {
    return Replays.perView(access -> flat(access) ? access.vectors.sets().stream()
        .map(s -> dynamicTest(s.prop() + " = " + s.input() + " (line " + s.line() + ")", () -> assertSet(access, s)))
        : Stream.empty());
  }

  @TestFactory
  Stream<DynamicNode> valuesStructRefusesAreRefusedWithItsMessage() {
    return Replays.perView(access -> flat(access) ? access.vectors.errors().stream()
        .map(e -> dynamicTest(e.prop() + " = " + e.input() + " (line " + e.line() + ")", () -> assertError(access, e)))
        : Stream.empty());
  }

  private static boolean flat(ViewAccess access) {
    return !access.vectors.hasNested();
  }

  private static void assertWrites(ViewAccess access, Write w) {
    ViewVectors v = access.vectors;
    Map<String, Object> in = Replays.values(v, w.tokens(), true);
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> Replays.assertBytes(w.bytes(), access.pack(in), "static pack(...)"));
    checks.add(() -> Replays.assertBytes(w.bytes(), access.packValues(access.newValues(in)), "Values.pack()"));
    if (access.writable()) {
      checks.add(() -> {
        byte[] record = new byte[v.size()];
        setAll(access, access.wrap(record), in);
        Replays.assertBytes(w.bytes(), record, "every setter, on wrap(byte[])");
      });
      checks.add(() -> {
        byte[] padded = Memories.padded(new byte[v.size()]);
        ByteBuffer direct = Memories.direct(padded);
        setAll(access, access.wrap(direct.position(AT), 0), in);
        byte[] after = Memories.contents(direct);
        Replays.assertBytes(w.bytes(), Memories.record(after, v.size()), "every setter, on a direct buffer");
        assertTrue(Memories.guardsIntact(after, v.size()), "setters wrote outside the record");
      });
      checks.add(() -> {
        // struct.pack_into writes every byte of the record, pads as zeros: over old bytes too.
        byte[] record = new byte[v.size()];
        java.util.Arrays.fill(record, (byte) 0xAA);
        access.packInto(access.wrap(record), access.newValues(in));
        Replays.assertBytes(w.bytes(), record, "pack(Values) over a record of 0xAA bytes");
      });
    }
    assertAll(checks);
  }

  private static void setAll(ViewAccess access, Object view, Map<String, Object> in) {
    for (Prop p : access.vectors.props()) {
      access.write(view, p, in.get(p.name()));
    }
  }

  /** Property values of a record of zeros (empty strings, arrays of zeros). */
  static Map<String, Object> zeros(ViewVectors v) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Prop p : v.props()) {
      out.put(p.name(), zeroValue(p));
    }
    return out;
  }

  private static Object zeroValue(Prop p) {
    if (p.isText()) {
      return p.javaType().equals("String") ? "" : new byte[0];
    }
    if (!p.isArray()) {
      return JavaValues.zero(p);
    }
    Object array = Array.newInstance(JavaValues.type(p.elementType()), p.count());
    for (int i = 0; i < p.count(); i++) {
      Array.set(array, i, JavaValues.zero(p));
    }
    return array;
  }

  /** {@code base}'s value of {@code p} with {@code value} in place: the whole value, or one element. */
  private static Object with(Prop p, Object base, int index, Object value) {
    if (index < 0) {
      return value;
    }
    Object array = Array.newInstance(base.getClass().getComponentType(), Array.getLength(base));
    System.arraycopy(base, 0, array, 0, Array.getLength(base));
    Array.set(array, index, value);
    return array;
  }

  private static Object inputOf(Prop p, int index, String token) {
    return index < 0 ? JavaValues.input(p, token) : JavaValues.element(p, token, true);
  }

  private static void assertSet(ViewAccess access, SetCase s) {
    ViewVectors v = access.vectors;
    Prop p = v.prop(s.prop());
    Object value = inputOf(p, s.index(), s.input());
    Map<String, Object> in = zeros(v);
    in.put(p.name(), with(p, in.get(p.name()), s.index(), value));
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> Replays.assertBytes(s.bytes(), access.pack(in), "static pack(...)"));
    if (access.writable()) {
      checks.add(() -> {
        byte[] record = new byte[v.size()];
        Object view = access.wrap(record);
        Method indexed = access.indexedSetter(p);
        if (s.index() >= 0 && indexed != null) {
          access.writeElement(view, p, indexed, s.index(), value);
        } else {
          access.write(view, p, in.get(p.name()));
        }
        Replays.assertBytes(s.bytes(), record, "setter");
        for (Map.Entry<String, String> read : access.read(view, p).entrySet()) {
          String actual = s.index() < 0 ? read.getValue() : read.getValue().split(",")[s.index()];
          assertEquals(JavaValues.describe(p, s.read()), JavaValues.describe(p, actual), read.getKey() + " after set");
        }
      });
    }
    assertAll(checks);
  }

  private static void assertError(ViewAccess access, ErrorCase e) {
    ViewVectors v = access.vectors;
    Prop p = v.prop(e.prop());
    // The record holds one case's bytes and the values come from another, so that a write refused
    // halfway (after some elements or fields) shows up as a changed record.
    Write base = v.writes().get(0);
    Map<String, Object> in = Replays.values(v, v.writes().get(1).tokens(), true);
    Object value = inputOf(p, e.index(), e.input());
    Map<String, Object> bad = new LinkedHashMap<>(in);
    bad.put(p.name(), with(p, in.get(p.name()), e.index(), value));
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertRefused(e, () -> access.pack(bad), "static pack(...)"));
    checks.add(() -> assertRefused(e, () -> access.packValues(access.newValues(bad)), "Values.pack()"));
    if (access.writable()) {
      Method indexed = access.indexedSetter(p);
      if (e.index() >= 0 && indexed != null) {
        checks.add(() -> assertRefusedInPlace(access, base, e, "indexed setter",
            view -> access.writeElement(view, p, indexed, e.index(), value)));
      }
      if (e.index() < 0) {
        checks.add(() -> assertRefusedInPlace(access, base, e, "setter",
            view -> ViewAccess.call(view, access.setter(p), value)));
      } else if (access.setter(p) != null) {
        checks.add(() -> assertRefusedInPlace(access, base, e, "whole-array setter",
            view -> ViewAccess.call(view, access.setter(p), bad.get(p.name()))));
      }
      checks.add(() -> assertRefusedInPlace(access, base, e, "pack(Values)",
          view -> access.packInto(view, access.newValues(bad))));
    }
    assertAll(checks);
  }

  /** Writing through {@code write} is refused, and the record keeps the bytes it had. */
  private static void assertRefusedInPlace(ViewAccess access, Write base, ErrorCase e, String how,
      Consumer<Object> write) {
    byte[] record = base.bytes().clone();
    Object view = access.wrap(record);
    assertRefused(e, () -> write.accept(view), how);
    Replays.assertBytes(base.bytes(), record, how + " refused a value but changed the record");
  }

  private static void assertRefused(ErrorCase e, Executable write, String how) {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, write, how);
    if (e.message() != null) {
      String actual = String.valueOf(thrown.getMessage());
      assertTrue(actual.startsWith(e.message()),
          () -> how + ": the message should start with struct's \"" + e.message() + "\", but is \"" + actual + "\"");
    }
  }
}
