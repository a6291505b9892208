package dev.structview.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.JavaFileObjects;
import dev.structview.format.Struct;
import dev.structview.testing.CPython;
import dev.structview.testing.MmapProbes;
import dev.structview.testing.SparseFile;
import java.lang.reflect.InvocationTargetException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated views over mapped files: {@code XView.map(Path)} and {@code XView.map(channel, mode,
 * offset, count)} over a 5 GiB sparse file, read by {@code get}, {@code moveTo} and the generated
 * {@code Cursor} around every gigabyte and compared with CPython; the refusals and writes of the
 * mapping methods; and generated members whose names meet the user's ({@code map}, {@code stream},
 * a nested record called {@code Cursor}).
 */
class MappedViewsTest {
  private static final long GIB = SparseFile.GIB;
  private static final long SIZE = 5 * GIB;

  static final JavaFileObject TICK = JavaFileObjects.forSourceString("test.Tick", """
      package test;
      import dev.structview.annotation.BufferFormat;

      @BufferFormat("<IhB")
      public interface Tick {
        long id();
        short delta();
        int flags();
        void id(long v);
      }
      """);

  /** Accessors named as the generated class's own members: {@code map}, {@code stream}, {@code cursor}. */
  static final JavaFileObject NAMED = JavaFileObjects.forSourceString("test.Named", """
      package test;
      import dev.structview.annotation.BufferFormat;

      @BufferFormat("<I:map:h:stream:B:cursor:Q:forEachRemaining:")
      public interface Named {
        long map();
        void map(long v);
        short stream();
        int cursor();
        java.math.BigInteger forEachRemaining();
      }
      """);

  /** A record holding records of an interface named as the generated cursor class. */
  static final JavaFileObject OUTER = JavaFileObjects.forSourceString("test.Outer", """
      package test;
      import dev.structview.annotation.BufferFormat;

      @BufferFormat("<I:id:T{<H:x:H:y:}:pos:(2)T{<H:x:H:y:}:corners:")
      public interface Outer {
        long id();
        Cursor pos();
        Cursor corners(int i);

        @BufferFormat("<H:x:H:y:")
        interface Cursor {
          int x();
          int y();
          void x(int v);
        }
      }
      """);

  /** A top-level interface named as the generated cursor class. */
  static final JavaFileObject CURSOR = JavaFileObjects.forSourceString("test.Cursor", """
      package test;
      import dev.structview.annotation.BufferFormat;

      @BufferFormat("<h")
      public interface Cursor {
        short v();
      }
      """);

  static final JavaFileObject DRIVER = JavaFileObjects.forSourceString("test.Driver", """
      package test;
      import dev.structview.view.RecordArray;
      import dev.structview.view.Slice;
      import java.math.BigInteger;
      import java.nio.channels.FileChannel;
      import java.nio.file.Path;
      import java.util.ArrayList;
      import java.util.List;
      import java.util.stream.Collectors;

      public final class Driver {
        private static List<Object> values(TickView t) {
          return List.of(t.id(), t.delta(), t.flags());
        }

        /** The size, then each record by get, checked against a moved view and the view's own moveTo. */
        public static List<Object> byIndex(Path file, long[] indices) {
          List<Object> out = new ArrayList<>();
          try (RecordArray<TickView> ticks = TickView.map(file)) {
            out.add(ticks.size());
            TickView moved = null;
            for (long i : indices) {
              TickView t = ticks.get(i);
              moved = ticks.moveTo(moved, i);
              if (!values(moved).equals(values(t)) || !t.equals(moved)) {
                throw new AssertionError("moveTo(" + i + ") reads " + values(moved) + ", get reads " + values(t));
              }
              out.add(values(t));
            }
          }
          return out;
        }

        /** Each record of a slice by the generated cursor: for-each, forEach, stream and parallel stream. */
        public static List<List<Object>> iterate(Path file, long start, long stop, long step) {
          try (RecordArray<TickView> ticks = TickView.map(file);
              RecordArray<TickView> slice = ticks.slice(Slice.of(start, stop, step))) {
            List<List<Object>> loop = new ArrayList<>();
            for (TickView t : slice) {
              loop.add(values(t));
            }
            List<List<Object>> each = new ArrayList<>();
            slice.forEach(t -> each.add(values(t)));
            List<List<Object>> byGet = new ArrayList<>();
            for (long k = 0; k < slice.size(); k++) {
              byGet.add(values(slice.get(k)));
            }
            for (List<List<Object>> other : List.of(each, byGet,
                slice.stream().map(Driver::values).collect(Collectors.toList()),
                slice.stream().parallel().map(Driver::values).collect(Collectors.toList()))) {
              if (!other.equals(loop)) {
                throw new AssertionError("iterations disagree over " + slice + ": " + loop + " and " + other);
              }
            }
            return loop;
          }
        }

        /** Sets each record's id to 100 + its index through a writable mapping between a header and a footer. */
        public static void writeIds(FileChannel channel, long offset, long count) {
          try (RecordArray<TickView> ticks = TickView.map(channel, FileChannel.MapMode.READ_WRITE, offset, count)) {
            long i = 0;
            for (TickView t : ticks) {
              t.id(100 + i++);
            }
          }
        }

        /** The accessors named map and stream beside the static map(Path) and the array's stream(). */
        public static List<Object> named(Path file, byte[] bytes) {
          List<Object> out = new ArrayList<>();
          try (RecordArray<NamedView> records = NamedView.map(file)) {
            out.add(records.get(0).map());
            out.add(records.stream().map(NamedView::stream).collect(Collectors.toList()));
            out.add(records.stream().map(NamedView::cursor).collect(Collectors.toList()));
            out.add(records.stream().map(NamedView::forEachRemaining).map(BigInteger::toString)
                .collect(Collectors.toList()));
          }
          NamedView first = NamedView.wrap(bytes);
          first.map(first.map() + 1);
          out.add(first.map());
          return out;
        }

        /** Nested records through the array's stream and cursor; the interface named Cursor's own view. */
        public static List<Object> nested(byte[] outer, byte[] cursors) {
          List<Object> out = new ArrayList<>();
          try (RecordArray<OuterView> records = OuterView.array(outer)) {
            out.add(records.stream().map(o -> List.of(o.id(), o.pos().x(), o.pos().y(), o.corners(0).x(), o.corners(1).y()))
                .collect(Collectors.toList()));
            try (RecordArray<OuterView> backwards = records.slice(Slice.of(null, null, -1L))) {
              for (OuterView o : backwards) {
                o.pos().x(o.pos().x() + 1);
              }
            }
            out.add(records.stream().parallel().map(o -> o.pos().x()).collect(Collectors.toList()));
          }
          try (RecordArray<CursorView> records = CursorView.array(cursors)) {
            out.add(records.stream().map(Cursor::v).collect(Collectors.toList()));
          }
          return out;
        }
      }
      """);

  private static Compiled compiled;

  @TempDir
  static Path dir;
  static Path five;
  static Path ticks;

  @BeforeAll
  static void compileAndWriteTheFiles() {
    compiled = Compiled.compile(TICK, NAMED, OUTER, CURSOR, DRIVER);
    five = SparseFile.create(dir.resolve("five.bin"), SIZE);
    ticks = SparseFile.create(dir.resolve("ticks.bin"), 7 * (SIZE / 7));
    for (long b = GIB; b < SIZE; b += GIB) {
      SparseFile.fill(ticks, b - 512, 1024);
    }
    SparseFile.fill(ticks, 7 * (SIZE / 7) - 512, 512);
  }

  private Object call(String method, Class<?>[] types, Object... args) throws Throwable {
    try {
      return compiled.loadClass("test.Driver").getMethod(method, types).invoke(null, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void aGeneratedViewMapsAFileOfFiveGigabytesAndReadsWhatCPythonUnpacks() throws Throwable {
    assumeTrue(CPython.available(), CPython.MISSING);
    long count = SIZE / 7;
    List<Long> indices = new ArrayList<>();
    for (long b = GIB; b < SIZE; b += GIB) {
      for (long i = b / 7 - 2; i <= b / 7 + 2; i++) {
        indices.add(i);
      }
    }
    indices.add(count - 1);
    List<?> out = (List<?>) call("byIndex", new Class<?>[] {Path.class, long[].class}, ticks,
        indices.stream().mapToLong(Long::longValue).toArray());
    assertEquals(count, out.get(0));
    MmapProbes probes = new MmapProbes();
    for (int k = 0; k < indices.size(); k++) {
      probes.unpack("<IhB", 7 * indices.get(k), (List<?>) out.get(k + 1));
    }
    // The generated cursor over slices that cross each gigabyte, forwards, backwards and by steps.
    for (long b = GIB; b < SIZE; b += GIB) {
      long i = b / 7;
      for (long[] s : new long[][] {{i - 30, i + 30, 1}, {i + 30, i - 30, -1}, {i + 31, i - 33, -4}, {i - 30, i + 30, 3}}) {
        List<?> records = (List<?>) call("iterate", new Class<?>[] {Path.class, long.class, long.class, long.class},
            ticks, s[0], s[1], s[2]);
        long k = s[0];
        for (Object r : records) {
          probes.unpack("<IhB", 7 * k, (List<?>) r);
          k += s[2];
        }
        assertEquals(s[1], k, "every record of the slice was visited");
      }
    }
    probes.check(ticks);
  }

  @Test
  void aFileOfPartRecordsIsRefusedNamingTheFileItsSizeAndTheBytesLeftOver() throws Exception {
    Class<?> view = compiled.loadClass("test.TickView");
    InvocationTargetException e = assertThrows(InvocationTargetException.class,
        () -> view.getMethod("map", Path.class).invoke(null, five));
    IllegalArgumentException cause = assertInstanceOf(IllegalArgumentException.class, e.getCause());
    assertEquals(five + " is not a whole number of 7-byte <IhB records: its 5368709120 bytes leave 5 over",
        cause.getMessage());
    Path missing = dir.resolve("missing.bin");
    e = assertThrows(InvocationTargetException.class, () -> view.getMethod("map", Path.class).invoke(null, missing));
    assertInstanceOf(java.io.UncheckedIOException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains(missing.toString()), e.getCause().getMessage());
  }

  @Test
  void readWriteRecordsBetweenAHeaderAndAFooterAreWrittenThroughTheSetters() throws Throwable {
    Path file = dir.resolve("framed.bin");
    byte[] bytes = new byte[16 + 4 * 7 + 5];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i + 1);
    }
    Files.write(file, bytes);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      call("writeIds", new Class<?>[] {FileChannel.class, long.class, long.class}, channel, 16L, 4L);
      Class<?> view = compiled.loadClass("test.TickView");
      InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> view.getMethod("map",
          FileChannel.class, FileChannel.MapMode.class, long.class, long.class)
          .invoke(null, channel, FileChannel.MapMode.READ_ONLY, 16L, 5L));
      assertEquals("5 records of 7 bytes at offset 16 reach byte 51, past the end of the file (49 bytes)",
          e.getCause().getMessage());
    }
    byte[] after = Files.readAllBytes(file);
    Struct tick = Struct.of("<IhB");
    for (int i = 0; i < bytes.length; i++) {
      int k = i - 16;
      boolean id = k >= 0 && k < 28 && k % 7 < 4;
      if (!id) {
        assertEquals(bytes[i], after[i], "byte " + i + " is outside the ids: header, delta, flags or footer");
      }
    }
    for (int k = 0; k < 4; k++) {
      assertEquals(100L + k, tick.unpackFrom(after, 16 + 7L * k).get(0));
    }
  }

  @Test
  void accessorsNamedMapStreamAndCursorLiveBesideTheGeneratedMembers() throws Throwable {
    Path file = dir.resolve("named.bin");
    Struct named = Struct.of("<IhBQ");
    byte[] bytes = new byte[2 * 15];
    named.packInto(bytes, 0, 41L, (short) -1, 2, new java.math.BigInteger("18446744073709551615"));
    named.packInto(bytes, 15, 7L, (short) 5, 255, 3L);
    Files.write(file, bytes);
    Object out = call("named", new Class<?>[] {Path.class, byte[].class}, file, bytes.clone());
    assertEquals(List.of(41L, List.of((short) -1, (short) 5), List.of(2, 255), List.of("18446744073709551615", "3"), 42L),
        out);
  }

  @Test
  void nestedRecordsStreamAndIterateAndAnInterfaceNamedCursorGenerates() throws Throwable {
    Struct outer = Struct.of("<IHHHHHH");
    byte[] outers = new byte[3 * 16];
    for (int i = 0; i < 3; i++) {
      outer.packInto(outers, 16L * i, 10L + i, 20 + i, 30 + i, 40 + i, 50 + i, 60 + i, 70 + i);
    }
    Struct cursor = Struct.of("<3h");
    byte[] cursors = cursor.pack((short) -1, (short) 2, (short) 300);
    Object out = call("nested", new Class<?>[] {byte[].class, byte[].class}, outers, cursors);
    assertEquals(List.of(
        List.of(List.of(10L, 20, 30, 40, 70), List.of(11L, 21, 31, 41, 71), List.of(12L, 22, 32, 42, 72)),
        List.of(21, 22, 23),
        List.of((short) -1, (short) 2, (short) 300)), out);
  }
}
