package dev.structview.samples.views;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.structview.samples.views.ViewVectors.ErrorCase;
import dev.structview.samples.views.ViewVectors.SetCase;
import dev.structview.samples.views.ViewVectors.Write;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Minimal reproductions of bugs these tests found in generated code, kept as regression tests
 * (the vector replays cover the same ground more broadly).
 */
class RegressionTest {

  /**
   * Was a bug: with PEP 3118 names, {@code Values} and the static {@code pack(...)} took the fields in
   * the interface's declaration order, not the format's: {@code NamedView.pack(short delta, long id)}
   * for {@code "<I:id:h:delta:"}. {@code pack(...)} is documented as {@code struct.pack}, which takes
   * the format's order (and generated members are in format order).
   */
  @Test
  @DisplayName("pack(...) of a named format takes its fields in format order, as struct.pack does")
  void namedFieldsPackInFormatOrder() throws ReflectiveOperationException {
    Write w = ViewVectors.load("Named").writes().get(0);
    long id = Long.parseLong(w.tokens().get(0));
    short delta = Short.parseShort(w.tokens().get(1));
    Method pack;
    try {
      pack = NamedView.class.getMethod("pack", long.class, short.class);
    } catch (NoSuchMethodException e) {
      fail("NamedView has no pack(long id, short delta) in the order of \"<I:id:h:delta:\"; it has "
          + NamedView.class.getMethod("pack", short.class, long.class));
      return;
    }
    assertArrayEquals(w.bytes(), (byte[]) pack.invoke(null, id, delta));
  }

  /**
   * Was a bug: a {@code BigInteger} bound to {@code P} was range-checked as {@code Q} is: the setters and
   * {@code pack} refuse what {@code struct.pack('P', v)} accepts (-2^63 &lt;= v &lt; 0, stored as
   * two's complement), and refuse what it refuses with {@code Q}'s message instead of its
   * {@code "int too large to convert"}.
   */
  @Test
  @DisplayName("P as BigInteger accepts and refuses what struct.pack('P', v) does, with its message")
  void pointersTakeWhatStructTakes() {
    ViewVectors v = ViewVectors.load("NativeBigIntegers");
    SetCase minusOne = v.sets().stream().filter(s -> s.prop().equals("ptr") && s.input().equals("-1")).findFirst()
        .orElseThrow();
    ErrorCase tooLarge = v.errors().stream().filter(e -> e.prop().equals("ptr") && e.input().equals("18446744073709551616"))
        .findFirst().orElseThrow();
    byte[] record = new byte[NativeBigIntegersView.SIZE];
    NativeBigIntegers view = NativeBigIntegersView.wrap(record);
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> view.ptr(new BigInteger(tooLarge.input())));
    assertAll(
        () -> assertEquals("int too large to convert", refused.getMessage().substring(0,
            Math.min(refused.getMessage().length(), tooLarge.message().length())), "the message of 2^64"),
        () -> {
          view.ptr(new BigInteger(minusOne.input())); // struct.pack('P', -1) is ff ff ff ff ff ff ff ff
          assertArrayEquals(minusOne.bytes(), record, "ptr(-1)");
        });
  }

  /**
   * Was an inconsistency: {@code pack(Values)} and whole-array setters wrote field by field and stopped
   * at the first value they refused, leaving the fields before it written. {@code Struct.packInto} checks
   * every value before writing ("a bad value leaves the buffer as it was", README), and single-value
   * setters leave the record as it was.
   */
  @Test
  @DisplayName("A refused pack(Values) or array setter leaves the record as it was")
  void refusedWholeWritesLeaveTheRecordAsItWas() {
    byte[] before = TickView.pack(1L, (short) 2, 3);
    byte[] record = before.clone();
    TickView tick = TickView.wrap(record);
    assertThrows(IllegalArgumentException.class, () -> tick.pack(new TickView.Values(7L, (short) 8, 300)));
    byte[] repeats = new byte[RepeatsView.SIZE];
    Repeats r = RepeatsView.wrap(repeats);
    assertThrows(IllegalArgumentException.class, () -> r.levels(new int[] {1, 2, 300, 4}));
    assertAll(
        () -> assertArrayEquals(before, record, "pack(Values) refused flags=300 after writing id and delta"),
        () -> assertArrayEquals(new byte[RepeatsView.SIZE], repeats, "levels(...) refused 300 after writing 1, 2"));
  }

  /**
   * Was a silent loss: a character the charset cannot encode became {@code ?}, as
   * {@link String#getBytes(java.nio.charset.Charset)} does; Python's {@code str.encode} refuses it.
   */
  @Test
  @DisplayName("A String the charset cannot encode is refused, naming the character, and nothing is written")
  void unencodableCharactersAreRefused() {
    byte[] record = new byte[TextsView.SIZE];
    Texts texts = TextsView.wrap(record);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> texts.seven("ab\u03a9"));
    assertEquals("seven: cannot encode '\u03a9' (U+03A9) at index 2 in ISO-8859-1", e.getMessage());
    assertArrayEquals(new byte[TextsView.SIZE], record);
  }

  /**
   * Was a bug: {@code wrap(buffer, offset)} counted from the buffer's position but {@code moveTo}
   * from index 0, so a view could move onto bytes before the position that the caller had left out.
   */
  @Test
  @DisplayName("A view of a buffer counts moveTo from the buffer's position and stays between it and the limit")
  void moveToCountsFromTheBuffersPosition() {
    ByteBuffer three = ByteBuffer.allocate(3 * TickView.SIZE);
    for (int i = 0; i < 3; i++) {
      three.put(TickView.pack(i + 1L, (short) 0, 0));
    }
    TickView second = TickView.wrap(three.position(TickView.SIZE).limit(3 * TickView.SIZE), 0);
    assertEquals(2, second.id());
    assertEquals(0, second.recordOffset());
    assertEquals(3, second.moveTo(TickView.SIZE).id());
    assertThrows(IndexOutOfBoundsException.class, () -> second.moveTo(2 * TickView.SIZE));
  }
}
