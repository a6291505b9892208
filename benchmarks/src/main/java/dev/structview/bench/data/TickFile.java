package dev.structview.bench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * {@code java -cp benchmarks.jar dev.structview.bench.data.TickFile FILE COUNT}: checks that a file
 * holds exactly the {@code COUNT} records the benchmarks generate, so that {@code crosslang.py}'s
 * Python and the JMH runs measure the same bytes. Prints the W1 and W1c sums; exits 1 on a mismatch.
 */
public final class TickFile {
  private TickFile() {}

  /**
   * Compares the file with {@link TickData#generate}.
   *
   * @param args the file and the record count
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    int count = Integer.parseInt(args[1]);
    byte[] file = Files.readAllBytes(Path.of(args[0]));
    byte[] expected = TickData.generate(count);
    int mismatch = Arrays.mismatch(file, expected);
    if (mismatch >= 0) {
      System.out.println("MISMATCH at byte " + mismatch + " (file " + file.length + " bytes, expected "
          + expected.length + ")");
      System.exit(1);
    }
    System.out.println("same bytes: " + count + " records, W1 sum " + TickData.expectedSumAll(count)
        + ", W1c sum " + TickData.expectedSumIds(count));
  }
}
