package dev.structview.buffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The runtime jar is multi-release, and the JDK picks the body that maps files: the
 * {@code MemorySegment} one in {@code META-INF/versions/22} on JDK 22 and later, the
 * {@code MappedByteBuffer} one otherwise. Failsafe runs this against the packaged jar; on
 * {@code target/classes} no JDK would pick the overlay, so the test refuses to run there.
 */
class MappingBackendIT {
  static final String OVERLAY = "META-INF/versions/22/dev/structview/buffer/Mappings.class";

  @Test
  void theJdkPicksTheBodyTheJarHolds() throws IOException {
    Path jar = runtimeJar();
    boolean overlay;
    try (JarFile file = new JarFile(jar.toFile())) {
      overlay = file.getEntry(OVERLAY) != null;
    }
    if ("false".equals(System.getProperty("structview.overlay.skip"))) {
      assertTrue(overlay, "the build compiled the JDK 22 overlay, yet " + jar.getFileName() + " has no " + OVERLAY);
    }
    int feature = Runtime.version().feature();
    String expected = feature >= 22 && overlay ? "MemorySegment" : "MappedByteBuffer";
    // Printed for the report: which JDK ran which body, from which jar, loaded how.
    System.out.println("mappingBackend=" + Memory.mappingBackend() + " on JDK " + Runtime.version() + ", "
        + jar.getFileName() + (overlay ? " with " : " without ") + OVERLAY + ", "
        + (Memory.class.getModule().isNamed() ? "as module " + Memory.class.getModule().getName() : "on the class path"));
    assertEquals(expected, Memory.mappingBackend(),
        "JDK " + feature + ", overlay in " + jar.getFileName() + "=" + overlay);
  }

  @Test
  void theJarSaysItIsMultiRelease() throws IOException {
    try (JarFile file = new JarFile(runtimeJar().toFile())) {
      assertEquals("true", file.getManifest().getMainAttributes().getValue("Multi-Release"),
          "Multi-Release in the manifest of " + runtimeJar().getFileName());
    }
  }

  /** Returns the jar the runtime's classes were loaded from. */
  static Path runtimeJar() {
    Path location;
    try {
      location = Path.of(Memory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    assertTrue(Files.isRegularFile(location) && location.toString().endsWith(".jar"),
        "the runtime was loaded from " + location + ", not from its jar: run the *IT tests through"
            + " Failsafe (mvn verify), which puts the packaged jar where target/classes would be");
    return location;
  }
}
