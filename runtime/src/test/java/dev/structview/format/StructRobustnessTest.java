package dev.structview.format;

import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random formats, values and offsets: whatever happens, only the documented exceptions come out
 * (StructException, its FormatException, IllegalArgumentException, ReadOnlyBufferException).
 */
class StructRobustnessTest {
  private static final String ALPHABET = "xcbB?hHiIlLqQnNefdspP@=<>! \t0123456789zT{}:\0\u00e9";
  private static final Object[] VALUES = {
      null, 0, -1, 1L << 40, Long.MIN_VALUE, BigInteger.ONE.shiftLeft(70), (short) 3, (byte) -4, 2.5,
      Double.NaN, Float.MAX_VALUE, 1e300, true, new byte[0], new byte[] {1}, new byte[300], "s",
      new Object(), List.of(), 'c',
  };

  @Test
  void randomFormatStringsOnlyRaiseFormatErrors() {
    Random random = new Random(1);
    for (int i = 0; i < 20_000; i++) {
      String format = randomString(random, random.nextInt(12));
      try {
        Struct.calcsize(format);
      } catch (FormatException expected) {
        // the documented failure
      } catch (RuntimeException e) {
        fail("format " + escape(format) + " raised " + e);
      }
    }
  }

  @Test
  void randomValuesAndOffsetsOnlyRaiseDocumentedExceptions() {
    Random random = new Random(2);
    for (int i = 0; i < 20_000; i++) {
      String format = randomValidFormat(random);
      Struct struct = Struct.of(format);
      Object[] values = new Object[(int) Math.min(struct.layout().valueCount() + random.nextInt(2), 8)];
      for (int k = 0; k < values.length; k++) {
        values[k] = VALUES[random.nextInt(VALUES.length)];
      }
      byte[] buffer = new byte[random.nextInt(40)];
      random.nextBytes(buffer);
      long offset = random.nextBoolean() ? random.nextInt(50) - 25 : random.nextLong();
      exercise(struct, values, buffer, offset, random.nextBoolean());
    }
  }

  private static void exercise(Struct struct, Object[] values, byte[] buffer, long offset, boolean direct) {
    ByteBuffer view = direct ? ByteBuffer.allocateDirect(buffer.length).put(buffer).flip() : ByteBuffer.wrap(buffer);
    List<Runnable> calls = List.of(
        () -> struct.pack(values),
        () -> struct.packInto(buffer, offset, values),
        () -> struct.packInto(view, offset, values),
        () -> struct.packInto(view.asReadOnlyBuffer(), offset, values),
        () -> struct.unpack(buffer),
        () -> struct.unpackFrom(buffer, offset),
        () -> struct.unpackFrom(view, offset),
        () -> struct.iterUnpack(buffer).forEachRemaining(r -> { }),
        () -> struct.iterUnpack(view).forEachRemaining(r -> { }));
    for (Runnable call : calls) {
      try {
        call.run();
      } catch (IllegalArgumentException | java.nio.ReadOnlyBufferException expected) {
        // documented: StructException and FormatException are IllegalArgumentExceptions too
      } catch (RuntimeException e) {
        fail(struct.format() + " with " + java.util.Arrays.deepToString(values) + " at " + offset
            + " raised " + e);
      }
    }
  }

  private static String randomValidFormat(Random random) {
    while (true) {
      String format = randomString(random, random.nextInt(6));
      try {
        Struct.of(format);
        return format;
      } catch (FormatException e) {
        // try again
      }
    }
  }

  private static String randomString(Random random, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }

  private static String escape(String s) {
    return s.chars().mapToObj(c -> c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c))
        .reduce("", String::concat);
  }
}
