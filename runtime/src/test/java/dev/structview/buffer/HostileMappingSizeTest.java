package dev.structview.buffer;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileChannel.MapMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mapping sizes no file can have are refused before anything is allocated: past
 * {@link Memory#MAX_MAPPING_BYTES} with the limit named, and below it, past the end of a read-only
 * file, at the first window (before the fix, a size of 2^62 counted its windows into an
 * {@code int} that wrapped to 0 and returned memory with no windows at all).
 */
class HostileMappingSizeTest {
  @TempDir
  Path dir;

  @Test
  void aSizePastTheLimitIsRefusedNamingIt() throws IOException {
    try (FileChannel channel = FileChannel.open(Files.write(dir.resolve("small"), new byte[8]), StandardOpenOption.READ)) {
      for (long size : new long[] {1L << 62, Long.MAX_VALUE, Memory.MAX_MAPPING_BYTES + 1}) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Memory.map(channel, MapMode.READ_ONLY, 0, size));
        assertTrue(e.getMessage().contains("at most " + Memory.MAX_MAPPING_BYTES), e.getMessage());
      }
    }
  }

  @Test
  void aSizeUnderTheLimitButPastAReadOnlyFileFailsAtItsFirstWindow() throws IOException {
    try (FileChannel channel = FileChannel.open(Files.write(dir.resolve("small"), new byte[8]), StandardOpenOption.READ)) {
      assertThrows(UncheckedIOException.class, () -> Memory.map(channel, MapMode.READ_ONLY, 0, Memory.MAX_MAPPING_BYTES));
    }
  }
}
