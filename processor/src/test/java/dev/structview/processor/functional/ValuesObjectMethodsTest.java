package dev.structview.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A {@code Values} record with an array component writes its own {@code equals} and
 * {@code hashCode}, which must treat every other component as a record's defaults do: a
 * {@code String}, {@code BigInteger} or nested {@code Values} may be null.
 */
class ValuesObjectMethodsTest {
  private static final JavaFileObject POS = JavaFileObjects.forSourceString("test.Pos", """
      package test;
      import dev.structview.annotation.BufferFormat;

      @BufferFormat("<hh")
      public interface Pos {
        short x();
        short y();
      }
      """);

  private static final JavaFileObject REC = JavaFileObjects.forSourceString("test.Rec", """
      package test;
      import dev.structview.annotation.BufferFormat;

      @BufferFormat("<2h 4s Q T{<hh}")
      public interface Rec {
        short[] a();
        String s();
        java.math.BigInteger q();
        Pos pos();
      }
      """);

  /** Compares and hashes records with null components, as a record's defaults would. */
  private static final JavaFileObject DRIVER = JavaFileObjects.forSourceString("test.Driver", """
      package test;
      import java.math.BigInteger;
      import java.util.List;

      public final class Driver {
        public static List<Object> run() {
          RecView.Values nulls = new RecView.Values(new short[2], null, null, null);
          RecView.Values alsoNulls = new RecView.Values(new short[2], null, null, null);
          RecView.Values full = new RecView.Values(new short[2], new String("ab"), BigInteger.ONE,
              new PosView.Values((short) 1, (short) 2));
          RecView.Values sameFull = new RecView.Values(new short[2], "ab", new BigInteger("1"),
              new PosView.Values((short) 1, (short) 2));
          return List.of(nulls.equals(alsoNulls), nulls.hashCode() == alsoNulls.hashCode(),
              nulls.equals(full), full.equals(nulls), full.equals(sameFull),
              full.hashCode() == sameFull.hashCode());
        }
      }
      """);

  @Test
  void nullComponentsCompareAndHashAsARecordsDefaultsDo() throws Throwable {
    Compiled compiled = Compiled.compile(POS, REC, DRIVER);
    assertEquals(List.of(true, true, false, false, true, true), compiled.call("test.Driver", "run"));
  }
}
