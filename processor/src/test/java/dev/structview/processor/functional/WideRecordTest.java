package dev.structview.processor.functional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.Method;
import java.util.Arrays;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Records of any width generate code that compiles: a {@code Values} record and {@code pack(...)}
 * while one parameter per property fits the JVM's 255 slots (254 beside a constructor's receiver;
 * {@code long} and {@code double} take two), and the view alone past that; and no method grows with
 * the field count past the JVM's 64 KiB of bytecode.
 */
class WideRecordTest {

  /** {@code count} unnamed fields of one code, bound in order to {@code type f0()} ..., the first with a setter. */
  static JavaFileObject wide(String name, String codes, String... types) {
    StringBuilder source = new StringBuilder("package test;\nimport dev.structview.annotation.BufferFormat;\n")
        .append("@BufferFormat(\"<").append(codes).append("\")\npublic interface ").append(name).append(" {\n");
    for (int i = 0; i < types.length; i++) {
      source.append("  ").append(types[i]).append(" f").append(i).append("();\n");
    }
    source.append("  void f0(").append(types[0]).append(" v);\n}\n");
    return JavaFileObjects.forSourceString("test." + name, source.toString());
  }

  /** {@code n} copies of {@code code} and of {@code type}, after {@code head}. */
  static JavaFileObject wide(String name, int n, char code, String type, String headCodes, String... headTypes) {
    String[] types = Arrays.copyOf(headTypes, headTypes.length + n);
    Arrays.fill(types, headTypes.length, types.length, type);
    return wide(name, headCodes + String.valueOf(code).repeat(n), types);
  }

  @ParameterizedTest(name = "{0}: {1} slots")
  @CsvSource({
      // the widest records with a full pack: 127 longs, 127 doubles, 254 ints, 126 longs and 2 bytes
      "q, 127, '', '', true", "d, 127, '', '', true", "i, 254, '', '', true", "q, 126, BB, int, true",
      // one slot more
      "q, 127, B, int, false", "d, 127, B, int, false", "i, 255, '', '', false", "q, 126, BBB, int, false",
      "B, 256, '', '', false"})
  void valuesAndPackExistExactlyUpTo254ParameterSlots(char code, int n, String headCodes, String headType,
      boolean expected) throws Throwable {
    String type = code == 'q' ? "long" : code == 'd' ? "double" : "int";
    String[] headTypes = headCodes.isEmpty() ? new String[0] : new String[headCodes.length()];
    Arrays.fill(headTypes, headType);
    Compiled compiled = Compiled.compile(wide("Wide", n, code, type, headCodes, headTypes));
    Class<?> view = compiled.loadClass("test.WideView");
    boolean hasValues = Arrays.stream(view.getDeclaredClasses()).anyMatch(c -> c.getSimpleName().equals("Values"));
    boolean hasPack = Arrays.stream(view.getMethods()).anyMatch(m -> m.getName().equals("pack"));
    assertEquals(expected, hasValues, "Values record");
    assertEquals(expected, hasPack, "pack methods");
    int size = view.getField("SIZE").getInt(null);
    Object record = view.getMethod("wrap", byte[].class).invoke(null, (Object) new byte[size]);
    assertEquals(record, view.getMethod("wrap", byte[].class).invoke(null, (Object) new byte[size]));
    if (expected) {
      Method pack = Arrays.stream(view.getMethods()).filter(m -> m.getName().equals("pack") && m.getParameterCount() > 1)
          .findFirst().orElseThrow();
      Object[] zeros = Arrays.stream(pack.getParameterTypes()).map(WideRecordTest::zero).toArray();
      assertArrayEquals(new byte[size], (byte[]) pack.invoke(null, zeros), "pack of zeros");
    }
  }

  private static Object zero(Class<?> type) {
    return type == long.class ? (Object) 0L : type == double.class ? (Object) 0.0 : (Object) 0;
  }

  @Test
  void aRecordHoldingATooWideNestedRecordHasNoValuesAndComparesByValue() throws Throwable {
    JavaFileObject outer = JavaFileObjects.forSourceString("test.Outer", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:T{<%s}:one:(2)T{<%s}:two:")
        public interface Outer {
          long id();
          void id(long v);
          Wide one();
          Wide two(int i);

          @BufferFormat("<%s")
          interface Wide {
            %s
            void f0(int v);
          }
        }
        """.formatted(named(255), named(255), named(255), getters(255)));
    Compiled compiled = Compiled.compile(outer);
    assertFalse(Arrays.stream(compiled.loadClass("test.Outer_WideView").getDeclaredClasses())
        .anyMatch(c -> c.getSimpleName().equals("Values")), "its Type and Cursor: no Values");
    Class<?> view = compiled.loadClass("test.OuterView");
    assertFalse(Arrays.stream(view.getDeclaredClasses()).anyMatch(c -> c.getSimpleName().equals("Values")));
    int size = view.getField("SIZE").getInt(null);
    byte[] a = new byte[size];
    byte[] b = new byte[size];
    Object x = view.getMethod("wrap", byte[].class).invoke(null, (Object) a);
    Object y = view.getMethod("wrap", byte[].class).invoke(null, (Object) b);
    assertEquals(x, y);
    assertEquals(x.hashCode(), y.hashCode());
    b[size - 1] = 1; // the last field of the second repeated nested record
    assertNotEquals(x, y);
    assertTrue(y.toString().endsWith("f254=1]]]"), y.toString().substring(y.toString().length() - 40));
  }

  private static String named(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append("B:f").append(i).append(':');
    }
    return s.toString();
  }

  private static String getters(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append("int f").append(i).append("(); ");
    }
    return s.toString();
  }

  @Test
  void aRecordOfTheMostPropertiesAViewHoldsCompilesAndComparesPrintsAndHashesByValue() throws Throwable {
    // 4,096 properties: unsplit, equals, hashCode and toString would each nest 4,096 deep for javac
    // and come near the JVM's 64 KiB of bytecode; past 4,096, [structview.fields.many] refuses.
    int n = 4096;
    String[] types = new String[n];
    Arrays.fill(types, "int");
    Compiled compiled = Compiled.compile(wide("Telemetry", n + "H", types));
    Class<?> view = compiled.loadClass("test.TelemetryView");
    Method wrap = view.getMethod("wrap", byte[].class);
    byte[] a = new byte[2 * n];
    byte[] b = new byte[2 * n];
    b[2 * n - 2] = 7;
    Object x = wrap.invoke(null, (Object) a);
    Object y = wrap.invoke(null, (Object) b);
    assertNotEquals(x, y);
    a[2 * n - 2] = 7;
    assertEquals(x, y);
    assertEquals(x.hashCode(), y.hashCode());
    assertTrue(x.toString().startsWith("Telemetry[f0=0, f1=0"), x.toString().substring(0, 40));
    assertTrue(x.toString().endsWith(", f4094=0, f4095=7]"), x.toString());
  }
}
