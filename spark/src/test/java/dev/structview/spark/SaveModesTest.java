package dev.structview.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four save modes on an existing output directory, and on a path that is a file; the files a write leaves. */
class SaveModesTest {
  private static final String FORMAT = "<I:id: B:flags:";

  @TempDir
  Path dir;

  private static Dataset<Row> rows(long... ids) {
    List<Row> rows = Stream.of(ids).flatMapToLong(java.util.Arrays::stream)
        .mapToObj(id -> RowFactory.create(id, (short) (id % 256))).collect(Collectors.toList());
    return TestSpark.session().createDataFrame(rows, StructType.fromDDL("id BIGINT, flags SMALLINT")).coalesce(1);
  }

  private static List<Long> ids(Path out) {
    return TestSpark.session().read().format("structview").option("format", FORMAT).load(out.toString())
        .collectAsList().stream().map(r -> r.getLong(0)).sorted().collect(Collectors.toList());
  }

  private static void save(Dataset<Row> df, String mode, Path out) {
    df.write().format("structview").option("format", FORMAT).mode(mode).save(out.toString());
  }

  @Test
  void modesOnAnExistingDirectory() throws IOException {
    Path out = dir.resolve("out");
    save(rows(1, 2), "errorifexists", out);
    assertEquals(List.of(1L, 2L), ids(out));
    assertTrue(Files.exists(out.resolve("_SUCCESS")));
    assertFalse(Files.exists(out.resolve("_temporary")), "the temporary directory is gone");

    RecordFileException e = assertThrows(RecordFileException.class, () -> save(rows(3), "errorifexists", out));
    assertTrue(e.getMessage().startsWith("path file:" + out + " already exists"), e.getMessage());
    save(rows(4), "ignore", out);
    assertEquals(List.of(1L, 2L), ids(out));
    save(rows(5, 6), "append", out);
    assertEquals(List.of(1L, 2L, 5L, 6L), ids(out));
    save(rows(7), "overwrite", out);
    assertEquals(List.of(7L), ids(out));
  }

  @Test
  void ignoreAndErrorIfExistsWriteAPathThatDoesNotExist() {
    save(rows(1), "ignore", dir.resolve("a"));
    assertEquals(List.of(1L), ids(dir.resolve("a")));
    save(rows(2), "append", dir.resolve("b"));
    assertEquals(List.of(2L), ids(dir.resolve("b")));
  }

  @Test
  void overwriteReplacesTheDirectoryItReadsFrom() {
    Path out = dir.resolve("self");
    save(rows(1, 2, 3), "overwrite", out);
    Dataset<Row> doubled = TestSpark.session().read().format("structview").option("format", FORMAT)
        .load(out.toString()).selectExpr("id * 2 AS id", "flags");
    save(doubled, "overwrite", out);
    assertEquals(List.of(2L, 4L, 6L), ids(out));
  }

  @Test
  void aFileIsReplacedByOverwriteAndRefusedByAppend() throws IOException {
    Path file = Files.write(dir.resolve("file.bin"), new byte[5]);
    RecordFileException e = assertThrows(RecordFileException.class, () -> save(rows(1), "append", file));
    assertTrue(e.getMessage().contains("it is a file"), e.getMessage());
    save(rows(1), "overwrite", file);
    assertEquals(List.of(1L), ids(file));
  }

  @Test
  void aFailedWriteLeavesTheDirectoryAsItWas() {
    Path out = dir.resolve("kept");
    save(rows(1), "overwrite", out);
    assertThrows(Exception.class, () -> save(rows(300L << 32), "overwrite", out)); // 'I' refuses 2^40
    assertEquals(List.of(1L), ids(out));
    assertFalse(Files.exists(out.resolve("_temporary")), "the temporary directory is gone");
  }
}
