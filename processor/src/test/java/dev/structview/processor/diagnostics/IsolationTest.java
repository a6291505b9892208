package dev.structview.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.structview.processor.diagnostics.Errors.assertError;
import static dev.structview.processor.diagnostics.Errors.assertNoErrorsIn;
import static dev.structview.processor.diagnostics.Fixtures.compile;
import static dev.structview.processor.diagnostics.Fixtures.source;

import com.google.testing.compile.Compilation;
import dev.structview.processor.report.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One bad interface never stops the others. compile-testing withholds generated files when
 * compilation fails, so the proof is a user of the good interfaces' generated classes: had one not
 * been generated, the user would not compile, and the error count would say so.
 */
class IsolationTest {
  private static final JavaFileObject TICK = source("Tick", """
      package test;
      import dev.structview.annotation.BufferFormat;

      @BufferFormat("<IhB")
      public interface Tick {
        long id();
        short delta();
        int flags();
        void id(long value);
      }
      """);

  private static final JavaFileObject QUOTE = source("Quote", """
      package test;
      import dev.structview.annotation.BufferFormat;

      @BufferFormat("<I:id:d:price:8s:symbol:")
      public interface Quote {
        long id();
        double price();
        String symbol();
      }
      """);

  /** Uses both good interfaces' generated classes. */
  private static final JavaFileObject USER = source("User", """
      package test;

      class User {
        long total(byte[] ticks, byte[] quotes) {
          TickView tick = TickView.wrap(ticks);
          QuoteView quote = QuoteView.wrap(quotes);
          return tick.id() + (long) quote.price() + TickView.SIZE + QuoteView.SIZE;
        }
      }
      """);

  @Test
  void aBadFormatDoesNotStopTheOthers() {
    JavaFileObject bad = source("Bad", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Ihz")
        interface Bad {
          long id();
          short delta();
        }
        """);
    Compilation compilation = compile(TICK, bad, QUOTE, USER);
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, Diagnostic.FORMAT).on(bad, 4);
    assertNoErrorsIn(compilation, USER);
  }

  @Test
  void aMistakeInEveryPhaseIsReportedAndTheGoodOnesStillGenerate() {
    JavaFileObject notAnInterface = source("Clock", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<q")
        abstract class Clock {
          abstract long now();
        }
        """);
    JavaFileObject badType = source("Sample", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<Id")
        interface Sample {
          long id();
          float value();
        }
        """);
    JavaFileObject badCharset = source("Name", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat(value = "<16s", charset = "UTF-9")
        interface Name {
          String text();
        }
        """);
    Compilation compilation = compile(notAnInterface, TICK, badType, QUOTE, badCharset, USER);
    assertThat(compilation).hadErrorCount(3);
    assertError(compilation, Diagnostic.TARGET).on(notAnInterface, 4);
    assertError(compilation, Diagnostic.TYPE_NARROW).on(badType, 7);
    assertError(compilation, Diagnostic.CHARSET).on(badCharset, 4);
    assertNoErrorsIn(compilation, USER);
  }

  @Test
  void aBadInterfaceBesideGoodOnesInTheSameFileStopsOnlyItself() {
    JavaFileObject protocol = source("Protocol", """
        package test;
        import dev.structview.annotation.BufferFormat;

        public final class Protocol {
          @BufferFormat("<Ih")
          public interface Ping {
            long id();
            short delta();
          }

          @BufferFormat("<Ih")
          public interface Pong {
            long id();
            short delta();
            int flags();
          }

          @BufferFormat("<I?")
          public interface Ack {
            long id();
            boolean ok();
          }
        }
        """);
    JavaFileObject user = source("User", """
        package test;

        class User {
          boolean acked(byte[] ping, byte[] ack) {
            return Protocol_PingView.wrap(ping).id() == Protocol_AckView.wrap(ack).id()
                && Protocol_AckView.wrap(ack).ok();
          }
        }
        """);
    Compilation compilation = compile(protocol, user);
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, Diagnostic.FIELDS_EXTRA).on(protocol, 15).saying("flags()");
    assertNoErrorsIn(compilation, user);
  }

  @Test
  void aBadOuterInterfaceDoesNotStopTheGoodOneNestedInIt() {
    JavaFileObject sprite = source("Sprite", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:T{<H:x:H:y:}:pos:")
        public interface Sprite {
          long id();
          Pos pos();
          void pos(Pos pos);

          @BufferFormat("<HH")
          interface Pos {
            int x();
            int y();
          }
        }
        """);
    JavaFileObject user = source("User", """
        package test;

        class User {
          int x(byte[] bytes) {
            return Sprite_PosView.wrap(bytes).x();
          }
        }
        """);
    Compilation compilation = compile(sprite, user);
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, Diagnostic.NESTED_SETTER).on(sprite, 8);
    assertNoErrorsIn(compilation, user);
  }

  @Test
  void aNestedInterfaceWithABadFormatStopsItsOuterOnlyAndReportsTheFormatOnce() {
    JavaFileObject sprite = source("Sprite", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:T{<H:x:H:y:}:pos:")
        public interface Sprite {
          long id();
          Pos pos();

          @BufferFormat("<HHz")
          interface Pos {
            int x();
            int y();
          }
        }
        """);
    Compilation compilation = compile(sprite, TICK, QUOTE, USER);
    assertThat(compilation).hadErrorCount(2);
    assertError(compilation, Diagnostic.FORMAT).on(sprite, 9).saying("'z' at index 3");
    // The outer view is not generated without pos(): its accessor says why.
    assertError(compilation, Diagnostic.NESTED_INVALID).on(sprite, 7).saying("pos() returns Sprite.Pos");
    assertNoErrorsIn(compilation, USER);
  }

  @Test
  void manyMistakesInOneInterfaceAreAllReportedOnTheirOwnLines() {
    JavaFileObject bad = source("Bad", """
        package test;
        import dev.structview.annotation.BufferFormat;
        import java.io.IOException;

        @BufferFormat("<Ihq")
        interface Bad {
          long id() throws IOException;
          short delta();
          void delta(int value);
          long pack();
        }
        """);
    Compilation compilation = compile(TICK, bad, QUOTE, USER);
    assertThat(compilation).hadErrorCount(3);
    assertError(compilation, Diagnostic.THROWS).on(bad, 7);
    assertError(compilation, Diagnostic.SETTER_TYPE).on(bad, 9);
    assertError(compilation, Diagnostic.CLASH).on(bad, 10);
    assertNoErrorsIn(compilation, USER);
  }

  @Test
  void aNestedInterfaceWithABadAccessorCausesNoErrorsInGeneratedCode() {
    JavaFileObject sprite = source("Sprite", """
        package test;
        import dev.structview.annotation.BufferFormat;

        @BufferFormat("<I:id:T{<H:x:H:y:}:pos:")
        public interface Sprite {
          long id();
          Pos pos();

          @BufferFormat("<HH")
          interface Pos {
            int x();
            String y();
          }
        }
        """);
    Compilation compilation = compile(sprite);
    assertThat(compilation).hadErrorCount(2);
    assertError(compilation, Diagnostic.TYPE_CODE).on(sprite, 12);
    assertError(compilation, Diagnostic.NESTED_INVALID).on(sprite, 7).saying("Sprite.Pos");
  }
}
