package dev.structview.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.buffer.Memory;
import dev.structview.testing.NullSweep;
import dev.structview.testing.NullSweepReport;
import dev.structview.testing.PublicApi;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public constructor and method of structview-npy, called with {@code null} in each reference
 * parameter, answers with an {@link IllegalArgumentException} naming it, as the runtime's do (see
 * the runtime's {@code dev.structview.fuzz.NullArgumentSweepTest}).
 */
class NullArgumentSweepTest {
  @TempDir
  Path dir;

  @Test
  void noPublicMemberThrowsAnythingButIllegalArgumentExceptionForNull() throws IOException {
    byte[] image = Files.readAllBytes(NpyFixturesTest.fixtures().resolve("scalar_le_i4.npy"));
    byte[] npz = Files.readAllBytes(NpyFixturesTest.fixtures().resolveSibling("npz").resolve("names.npz"));
    Path file = dir.resolve("sample.npy");
    Files.write(file, image);
    NullSweepReport report = new NullSweep()
        .sample(Path.class, () -> file)
        .sample(String.class, () -> "sample")
        .sample(Memory.class, () -> Memory.of(image.clone()))
        .sample(MemoryView.class, () -> Npy.wrap(Memory.of(image.clone()), "sample"))
        .sample(RecordArray.class, () -> TickView.array(new byte[14]))
        .sample(InputStream.class, () -> new ByteArrayInputStream(image))
        .sample(OutputStream.class, ByteArrayOutputStream::new)
        .sample(FileChannel.MapMode.class, () -> FileChannel.MapMode.READ_ONLY)
        .sample(long[].class, () -> new long[] {2})
        .receiver(NpyHeader.class, () -> Npy.header(file))
        .receiver(Npz.class, () -> Npz.open(NpyFixturesTest.fixtures().resolveSibling("npz").resolve("names.npz")))
        .noReceiver(NpyFormatException.class, "an exception: its methods are Throwable's")
        .arguments("Npz.of(Memory,String)", () -> new Object[] {Memory.of(npz.clone()), "sample.npz"})
        .cleanup(NullArgumentSweepTest::release)
        .run(PublicApi.classes(Npy.class, "dev.structview.npy"));
    System.out.println("NullArgumentSweepTest (npy): " + report.summary());
    assertTrue(report.problems().isEmpty(), report::describeProblems);
    assertEquals(Set.of("NpyHeader.equals(Object)#0"), report.accepted(), "equals(null) is false, as Java requires");
    assertTrue(report.positions() >= 15, report::summary);
  }

  private static void release(Object o) {
    if (o instanceof MemoryView v) {
      v.release();
    } else if (o instanceof Npz npz) {
      npz.close();
    } else if (o instanceof RecordArray<?> a) {
      a.close();
    } else if (o instanceof InputStream in) {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
