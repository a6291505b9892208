package dev.structview.samples.views;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import dev.structview.view.Slice;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated API as users write it, typed: the {@code @BufferFormat} javadoc's example on the
 * demo's CPython data, bean style, subarrays and repeated fields, read-only views.
 */
class TypedViewsTest {

  /** One record of the demo data, as gen_ticks.py recorded it. */
  private record Tick(long id, short delta, int flags, byte[] bytes) {}

  private static List<Tick> ticks() throws IOException {
    List<Tick> out = new ArrayList<>();
    try (InputStream in = TypedViewsTest.class.getResourceAsStream("/dev/structview/samples/ticks.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] c = line.split("\t");
          out.add(new Tick(Long.parseLong(c[0]), Short.parseShort(c[1]), Integer.parseInt(c[2]),
              HexFormat.of().parseHex(c[3])));
        }
      }
    }
    return out;
  }

  private static byte[] ticksBin() throws IOException {
    try (InputStream in = TypedViewsTest.class.getResourceAsStream("/dev/structview/samples/ticks.bin")) {
      return in.readAllBytes();
    }
  }

  @Test
  void theJavadocExampleReadsTheDemoData() throws IOException {
    byte[] bytes = ticksBin();
    List<Tick> ticks = ticks();
    TickView tick = TickView.wrap(bytes);
    assertEquals(ticks.get(0).id(), tick.id());
    tick.moveTo(7);
    assertEquals(ticks.get(1).id(), tick.id(), "moveTo(7): the next record, no allocation");
    assertEquals(ticks.get(1).delta(), tick.delta());
    assertEquals(ticks.get(1).flags(), tick.flags());
    RecordArray<TickView> all = TickView.array(bytes);
    assertEquals(ticks.size(), all.length());
    int i = 0;
    for (TickView t : all) {
      Tick expected = ticks.get(i++);
      assertEquals(new TickView.Values(expected.id(), expected.delta(), expected.flags()), t.unpack());
    }
    assertArrayEquals(ticks.get(0).bytes(), TickView.pack(1L, (short) -2, 3), "as struct.pack(\"<IhB\", 1, -2, 3)");
  }

  @Test
  void aMemoryViewOfTickRecordsReportsTheRecordFormat() throws IOException {
    byte[] bytes = ticksBin();
    List<Tick> ticks = ticks();
    try (RecordArray<TickView> all = TickView.array(bytes); MemoryView view = MemoryView.of(all)) {
      assertAll(
          () -> assertEquals("<IhB", view.format()),
          () -> assertEquals(7, view.itemsize()),
          () -> assertArrayEquals(new long[] {ticks.size()}, view.shape()),
          () -> assertArrayEquals(new long[] {7}, view.strides()),
          () -> assertEquals(List.of(ticks.get(1).id(), ticks.get(1).delta(), ticks.get(1).flags()), view.get(1),
              "the memoryview unpacks a record as struct does: Long, Short, Integer"));
    }
    try (RecordArray<TickView> all = TickView.array(bytes);
        RecordArray<TickView> backwards = all.slice(Slice.of(null, null, -2L));
        MemoryView view = MemoryView.of(backwards)) {
      assertArrayEquals(new long[] {3}, view.shape());
      assertArrayEquals(new long[] {-14}, view.strides());
      assertEquals(ticks.get(4).id(), backwards.get(0).id());
      assertEquals(ticks.get(0).id(), backwards.get(2).id());
    }
  }

  @Test
  void memoryviewsOfOtherFormatsOrStridesAreRefused() throws IOException {
    byte[] bytes = ticksBin();
    try (MemoryView whole = MemoryView.of(bytes);
        MemoryView strided = whole.slice(Slice.of(null, null, 2L));
        MemoryView ints = MemoryView.of(new byte[28]).cast("i");
        RecordArray<TickView> ticks = TickView.array(bytes);
        RecordArray<TickView> first = ticks.slice(Slice.of(0L, 1L, null));
        MemoryView oneTick = MemoryView.of(first)) {
      assertAll(
          () -> assertThrows(IllegalArgumentException.class, () -> TickView.array(strided), "not C-contiguous"),
          () -> assertThrows(IllegalArgumentException.class, () -> TickView.array(ints), "'i' items are not records"),
          () -> assertEquals(ticks().get(0).id(), TickView.wrap(oneTick).id(), "one record of the record format"));
    }
  }

  @Test
  void setterWritesLandInTheSharedMemory() throws IOException {
    byte[] bytes = ticksBin();
    try (RecordArray<TickView> all = TickView.array(bytes)) {
      all.get(2).delta((short) 12345);
    }
    assertEquals((short) 12345, TickView.wrap(bytes, 14).delta(), "a record view writes the array it was made over");
    byte[] once = TickView.wrap(bytes, 14).unpack().pack();
    assertArrayEquals(TickView.pack(65536L, (short) 12345, 255), once);
  }

  @Test
  void wrapRefusesRecordsThatDoNotFit() {
    byte[] six = new byte[6];
    assertAll(
        () -> assertThrows(IndexOutOfBoundsException.class, () -> TickView.wrap(six)),
        () -> assertThrows(IndexOutOfBoundsException.class, () -> TickView.wrap(new byte[14], 8)),
        () -> assertThrows(IndexOutOfBoundsException.class, () -> TickView.wrap(new byte[14], -1)),
        () -> assertThrows(IndexOutOfBoundsException.class, () -> TickView.wrap(new byte[14]).moveTo(8)),
        () -> assertThrows(IllegalArgumentException.class, () -> TickView.wrap((byte[]) null)),
        () -> assertThrows(IllegalArgumentException.class, () -> TickView.wrap(MemoryView.of(new byte[14])),
            "wrap(MemoryView) holds one record"));
  }

  @Test
  void beanStyleBindsGetIsAndSet() {
    byte[] record = new byte[BeanCodesView.SIZE];
    BeanCodes bean = BeanCodesView.wrap(record);
    bean.setActive(true);
    bean.setTTL(64);
    bean.setName("structview!");
    assertAll(
        () -> assertTrue(bean.isActive()),
        () -> assertEquals(64, bean.getTTL()),
        () -> assertEquals("structvi", bean.getName(), "8s keeps 8 bytes"),
        () -> assertThrows(IllegalArgumentException.class, () -> bean.setTTL(256)));
  }

  @Test
  void aSubarrayIndexesRowsAndColumns() {
    byte[] record = new byte[GridView.SIZE];
    Grid grid = GridView.wrap(record);
    grid.grid(1, 2, (short) -7);
    grid.grid(0, 1, (short) 300);
    assertAll(
        () -> assertArrayEquals(new short[] {0, 300, 0, 0, 0, -7}, grid.grid(), "row-major"),
        () -> assertEquals(-7, grid.grid(1, 2)),
        () -> assertArrayEquals(GridView.pack(new short[] {0, 300, 0, 0, 0, -7}, 0), record),
        () -> assertThrows(IndexOutOfBoundsException.class, () -> grid.grid(2, 0)),
        () -> assertThrows(IndexOutOfBoundsException.class, () -> grid.grid(0, 3)),
        () -> assertThrows(IndexOutOfBoundsException.class, () -> grid.grid(-1, 0)),
        () -> assertThrows(IllegalArgumentException.class, () -> grid.grid(new short[5])));
  }

  @Test
  void arraysOfTheWrongLengthAreRefusedAndIndicesChecked() {
    Repeats r = RepeatsView.wrap(new byte[RepeatsView.SIZE]);
    IllegalArgumentException shortArray = assertThrows(IllegalArgumentException.class, () -> r.samples(new short[2]));
    assertAll(
        () -> assertEquals("samples holds 3 values, got an array of 2", shortArray.getMessage()),
        () -> assertThrows(IllegalArgumentException.class, () -> r.samples((short[]) null)),
        () -> assertThrows(IllegalArgumentException.class, () -> RepeatsView.wrap(new byte[RepeatsView.SIZE])
            .levels(new int[5])),
        () -> assertThrows(IndexOutOfBoundsException.class, () -> r.samples(3)),
        () -> assertThrows(IndexOutOfBoundsException.class, () -> r.gains(-1)),
        () -> assertThrows(IndexOutOfBoundsException.class, () -> r.weights(2, 1.0)),
        () -> assertEquals(0, RepeatsView.SAMPLES_OFFSET, "0h binds to nothing and takes no space"));
  }

  @Test
  void aReadOnlyViewHasNoSettersAndAcceptsReadOnlyBuffers() {
    assertFalse(ReadOnlyCodesView.TYPE.writable());
    byte[] record = new byte[ReadOnlyCodesView.SIZE];
    record[ReadOnlyCodesView.U8_OFFSET] = (byte) 200;
    ReadOnlyCodes view = ReadOnlyCodesView.wrap(java.nio.ByteBuffer.wrap(record).asReadOnlyBuffer(), 0);
    assertEquals(200, view.u8());
    try (RecordArray<ReadOnlyCodesView> records = ReadOnlyCodesView.array(java.nio.ByteBuffer.wrap(record)
        .asReadOnlyBuffer())) {
      assertTrue(records.readonly());
      assertEquals(200, records.get(0).u8());
    }
  }

  @Test
  void nestedGettersOfOneViewReturnOneView() {
    PlacedView placed = PlacedView.wrap(new byte[PlacedView.SIZE]);
    assertSame(placed.pos(), placed.pos());
  }
}
