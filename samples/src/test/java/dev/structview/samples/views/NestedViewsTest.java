package dev.structview.samples.views;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.structview.samples.views.ViewVectors.Read;
import dev.structview.samples.views.ViewVectors.Write;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nested structs, typed: a {@code T{...}} bound to another interface, a repeated one, and one under
 * native alignment, against the bytes CPython packs for their flat equivalents.
 */
class NestedViewsTest {
  private static final ViewVectors PLACED = ViewVectors.load("Placed");
  private static final ViewVectors PATH = ViewVectors.load("Path");
  private static final ViewVectors ALIGNED = ViewVectors.load("Aligned");

  private static int i(Write w, int column) {
    return Integer.parseInt(w.tokens().get(column));
  }

  private static int i(Read r, int column) {
    return Integer.parseInt(r.tokens().get(column));
  }

  @Test
  void placedLaysOutThePointThenTheFlags() {
    assertAll(
        () -> assertEquals(5, PlacedView.SIZE),
        () -> assertEquals(0, PlacedView.POS_OFFSET),
        () -> assertEquals(4, PlacedView.FLAGS_OFFSET),
        () -> assertEquals(PLACED.size(), PlacedView.SIZE));
  }

  @Test
  void placedReadsAndUnpacksThroughItsNestedView() {
    for (Read r : PLACED.reads()) {
      PlacedView placed = PlacedView.wrap(r.bytes().clone());
      PosView.Values pos = new PosView.Values(i(r, 0), i(r, 1));
      PlacedView.Values expected = new PlacedView.Values(pos, i(r, 2));
      assertAll("line " + r.line(),
          () -> assertSame(placed.pos(), placed.pos(), "pos() reuses its view"),
          () -> assertEquals(expected, placed.unpack(), "unpack()"),
          () -> assertEquals(pos, ((PosView) placed.pos()).unpack(), "pos().unpack()"),
          () -> assertEquals("Placed[pos=Pos[x=" + pos.x() + ", y=" + pos.y() + "], flags=" + expected.flags() + "]",
              placed.toString(), "toString()"),
          () -> assertEquals(placed, PlacedView.wrap(ByteBuffer.wrap(r.bytes().clone()), 0), "equals"),
          () -> assertEquals(placed.hashCode(), PlacedView.wrap(ByteBuffer.wrap(r.bytes().clone()), 0).hashCode(),
              "hashCode"));
    }
  }

  @Test
  void placedWritesStructPackBytesThroughEveryPath() {
    for (Write w : PLACED.writes()) {
      PosView.Values pos = new PosView.Values(i(w, 0), i(w, 1));
      PlacedView.Values values = new PlacedView.Values(pos, i(w, 2));
      byte[] bySetters = new byte[PlacedView.SIZE];
      PlacedView placed = PlacedView.wrap(bySetters);
      placed.pos().x(pos.x());
      placed.pos().y(pos.y());
      placed.flags(values.flags());
      byte[] byPackValues = new byte[PlacedView.SIZE];
      PlacedView.wrap(byPackValues).pack(values);
      String where = "line " + w.line();
      assertAll(where,
          () -> Replays.assertBytes(w.bytes(), PlacedView.pack(pos, values.flags()), "static pack(...)"),
          () -> Replays.assertBytes(w.bytes(), values.pack(), "Values.pack()"),
          () -> Replays.assertBytes(w.bytes(), bySetters, "setters, through pos()"),
          () -> Replays.assertBytes(w.bytes(), byPackValues, "pack(Values)"));
    }
  }

  @Test
  void pathIndexesItsRepeatedPointsAndReusesOneView() {
    Read r = PATH.reads().get(7);
    PathView path = PathView.wrap(r.bytes().clone());
    Pos first = path.pts(0);
    int firstX = first.x();
    Pos third = path.pts(2);
    assertAll(
        () -> assertEquals(13, PathView.SIZE),
        () -> assertEquals(1, PathView.PTS_OFFSET),
        () -> assertSame(first, third, "pts(i) moves and returns the same view"),
        () -> assertEquals(i(r, 5), third.x(), "pts(2).x()"),
        () -> assertEquals(i(r, 1), firstX, "pts(0).x() read before the view moved"),
        () -> assertThrows(IndexOutOfBoundsException.class, () -> path.pts(3), "pts(3)"),
        () -> assertThrows(IndexOutOfBoundsException.class, () -> path.pts(-1), "pts(-1)"));
  }

  @Test
  void aReadOnlyPathAcceptsReadOnlyMemoryAndItsPointsCannotWriteIt() {
    Read r = PATH.reads().get(8);
    ByteBuffer readOnly = ByteBuffer.wrap(r.bytes().clone()).asReadOnlyBuffer();
    PathView path = PathView.wrap(readOnly, 0);
    assertEquals(i(r, 0), path.n());
    assertEquals(i(r, 4), path.pts(1).y());
    assertThrows(ReadOnlyBufferException.class, () -> path.pts(1).y(7), "Pos has setters, but this memory is read-only");
  }

  @Test
  void pathPacksAndUnpacksItsPointsAsArraysOfValues() {
    for (Write w : PATH.writes()) {
      PosView.Values[] pts = {
          new PosView.Values(i(w, 1), i(w, 2)), new PosView.Values(i(w, 3), i(w, 4)),
          new PosView.Values(i(w, 5), i(w, 6))};
      PathView.Values values = new PathView.Values(i(w, 0), pts);
      String where = "line " + w.line();
      assertAll(where,
          () -> Replays.assertBytes(w.bytes(), PathView.pack(values.n(), pts), "static pack(...)"),
          () -> Replays.assertBytes(w.bytes(), values.pack(), "Values.pack()"),
          () -> assertEquals(values, PathView.wrap(w.bytes().clone()).unpack(), "unpack()"),
          () -> assertArrayEquals(pts, PathView.wrap(w.bytes().clone()).unpack().pts(), "unpack().pts()"));
    }
    assertThrows(IllegalArgumentException.class, () -> PathView.pack(1, new PosView.Values[2]), "two points for three");
  }

  @Test
  void alignedNestsAnEightByteStructAtOffsetFour() {
    assertAll(
        () -> assertEquals(14, AlignedView.SIZE, "struct.calcsize('@b3xb3xih'), no trailing pad"),
        () -> assertEquals(8, InnerView.SIZE),
        () -> assertEquals(0, AlignedView.TAG_OFFSET),
        () -> assertEquals(4, AlignedView.INNER_OFFSET),
        () -> assertEquals(12, AlignedView.AFTER_OFFSET),
        () -> assertEquals(ALIGNED.size(), AlignedView.SIZE));
  }

  @Test
  void alignedWritesAndReadsWhatCPythonPacksForItsFlatLayout() {
    for (Write w : ALIGNED.writes()) {
      List<String> t = w.tokens();
      InnerView.Values inner = new InnerView.Values(Byte.parseByte(t.get(1)), Integer.parseInt(t.get(2)));
      AlignedView.Values values = new AlignedView.Values(Byte.parseByte(t.get(0)), inner, Short.parseShort(t.get(3)));
      byte[] bySetters = new byte[AlignedView.SIZE];
      AlignedView aligned = AlignedView.wrap(bySetters);
      aligned.tag(values.tag());
      aligned.inner().a(inner.a());
      aligned.inner().b(inner.b());
      aligned.after(values.after());
      // struct.pack_into writes the pads too, the nested struct's included: over old bytes, zeros.
      byte[] byPackValues = new byte[AlignedView.SIZE];
      java.util.Arrays.fill(byPackValues, (byte) 0xAA);
      AlignedView.wrap(byPackValues).pack(values);
      String where = "line " + w.line();
      assertAll(where,
          () -> Replays.assertBytes(w.bytes(), AlignedView.pack(values.tag(), inner, values.after()), "static pack(...)"),
          () -> Replays.assertBytes(w.bytes(), values.pack(), "Values.pack()"),
          () -> Replays.assertBytes(w.bytes(), bySetters, "setters"),
          () -> Replays.assertBytes(w.bytes(), byPackValues, "pack(Values) over 0xAA bytes"),
          () -> assertEquals(values, AlignedView.wrap(w.bytes().clone()).unpack(), "unpack()"));
    }
  }
}
