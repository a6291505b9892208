package dev.structview.support;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The version check every generated class makes when it loads. */
class SupportTest {

  @Test
  void theVersionThisRuntimeProvidesPasses() {
    Support.requireVersion(Support.VERSION, SupportTest.class);
  }

  /**
   * The first generated class of a JVM initializes every store class before any of its code runs
   * on JDK 17 to 21, so that no compile binds the accessors to the one store class there is
   * (ByteStore's {@code initializeClasses} says why), and none on JDK 22 and later: in a JVM of its
   * own, which logs each class it initializes.
   */
  @Test
  void theFirstCheckInitializesEveryStoreClassBeforeJdk22() throws Exception {
    String classPath = location(Support.class) + File.pathSeparator + location(SupportProbe.class);
    // The log goes to a file, so that the wait below bounds the test even if the probe hangs.
    Path out = Files.createTempFile("support-probe", ".log");
    try {
      Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xlog:class+init=info", "-cp", classPath, SupportProbe.class.getName())
          .redirectErrorStream(true).redirectOutput(out.toFile()).start();
      if (!probe.waitFor(1, TimeUnit.MINUTES)) {
        probe.destroyForcibly();
        throw new AssertionError("the probe JVM did not finish in a minute");
      }
      String log = Files.readString(out, UTF_8);
      assertEquals(0, probe.exitValue(), log);
      assertStoreClassesInitialized(log);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static void assertStoreClassesInitialized(String log) {
    boolean expected = Runtime.version().feature() < 22;
    for (String store : List.of("ArrayStore", "ArrayRegionStore", "BufferStore", "MemoryStore")) {
      assertEquals(expected, log.contains("Initializing 'dev/structview/memory/" + store + "'"),
          store + (expected ? " not initialized" : " initialized") + " on JDK " + Runtime.version().feature()
          + ":\n" + log);
    }
  }

  private static String location(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  @Test
  void anotherVersionFailsNamingTheClassBothVersionsAndTheFix() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Support.requireVersion(Support.VERSION + 1, SupportTest.class));
    assertEquals(SupportTest.class.getName() + " was generated for structview support API version "
        + (Support.VERSION + 1) + ", but the structview-runtime on the class path provides version "
        + Support.VERSION + "; use the same structview version for structview-processor and structview-runtime"
        + " (structview-bom pins them together)", e.getMessage());
  }
}
