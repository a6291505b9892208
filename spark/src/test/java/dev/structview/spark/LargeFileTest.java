package dev.structview.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.testing.CPython;
import dev.structview.testing.SparseFile;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sparse file of 4.9 GiB: records that CPython packed, written past 2<sup>31</sup> and
 * 2<sup>32</sup>, read back through splits of 300 MB that cut records, the rest reading as zeros.
 */
class LargeFileTest {
  /** Records of 1 MiB - 3 bytes (a prime), so that records straddle every gigabyte and split. */
  private static final String FORMAT = "<Q:key: d:value: 1048557x";
  private static final long SIZE = 1_048_573;
  private static final long HEADER = 100;
  private static final long RECORDS = 5000;
  /** Records written: the first, those around 2 GiB and 4 GiB, the last. */
  private static final long[] WRITTEN = {0, 2047, 2048, 4095, 4096, 4097, RECORDS - 1};

  @TempDir
  static Path dir;

  @Test
  void recordsPastFourGibibytesAreReadWholeThroughSplitsThatCutThem() {
    assumeTrue(CPython.available(), CPython.MISSING);
    Path file = SparseFile.create(dir.resolve("big.bin"), HEADER + RECORDS * SIZE);
    StringBuilder script = new StringBuilder("import struct\n");
    for (long k : WRITTEN) {
      script.append("key, value = ").append(k).append(" * 0x9E3779B97F4A7C15 % 2**64, ").append(k).append(" / 7\n")
          .append("print(key, value.hex(), struct.pack('<Qd', key, value).hex())\n");
    }
    List<String> packed = CPython.run(script.toString(), List.of(), "");
    for (int i = 0; i < WRITTEN.length; i++) {
      SparseFile.write(file, HEADER + WRITTEN[i] * SIZE, HexFormat.of().parseHex(packed.get(i).split(" ")[2]));
    }
    TestSpark.splits(300_000_000, 4 << 20);
    List<Row> rows = TestSpark.session().read().format("structview").option("format", FORMAT)
        .option("headerBytes", HEADER).load(file.toString()).collectAsList();
    assertEquals(RECORDS, rows.size());
    int w = 0;
    for (int k = 0; k < RECORDS; k++) {
      boolean written = w < WRITTEN.length && WRITTEN[w] == k;
      String[] cpython = written ? packed.get(w++).split(" ") : new String[] {"0", "0x0.0p+0"};
      assertEquals(cpython[0], rows.get(k).getDecimal(0).toPlainString(), "key of record " + k);
      assertEquals(Double.parseDouble(cpython[1]), rows.get(k).getDouble(1), "value of record " + k);
    }
  }
}
