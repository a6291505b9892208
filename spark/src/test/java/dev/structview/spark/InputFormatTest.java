package dev.structview.spark;

import static dev.structview.spark.CPythonRecords.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.testing.CPython;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.TaskAttemptID;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.task.TaskAttemptContextImpl;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scala.Tuple2;

/**
 * {@link StructviewInputFormat}, through {@code newAPIHadoopFile} and through Hadoop's own splits
 * and readers with splits of every size down to one byte: each record of CPython's file once, keyed
 * by its index, with the bytes the file holds there, as the data source reads them.
 */
class InputFormatTest {
  private static final String FORMAT = "<IhB5s";
  private static final int SIZE = 12;

  @TempDir
  static Path dir;

  @BeforeAll
  static void write() {
    assumeTrue(CPython.available(), CPython.MISSING);
    CPythonRecords.write(dir, spec("framed.bin", FORMAT, 23, 1, "\"header\": 10, \"footer\": 3"));
  }

  private static List<String> records(long maxSplit, String format, long header, long footer) {
    Configuration conf = new Configuration(TestSpark.session().sparkContext().hadoopConfiguration());
    StructviewInputFormat.configure(conf, format, header, footer);
    conf.setLong("mapreduce.input.fileinputformat.split.maxsize", maxSplit);
    List<Tuple2<Long, String>> pairs = JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext())
        .newAPIHadoopFile(dir.resolve("framed.bin").toString(), StructviewInputFormat.class, LongWritable.class,
            BytesWritable.class, conf)
        .map(p -> new Tuple2<>(p._1().get(), HexFormat.of().formatHex(p._2().copyBytes()))) // the reader reuses both
        .collect();
    List<String> records = new ArrayList<>();
    for (Tuple2<Long, String> p : pairs) {
      assertEquals(records.size(), p._1(), "keys are the records' indices, in order");
      records.add(p._2());
    }
    return records;
  }

  private static List<String> fileRecords() throws IOException {
    byte[] file = Files.readAllBytes(dir.resolve("framed.bin"));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      expected.add(HexFormat.of().formatHex(Arrays.copyOfRange(file, 10 + i * SIZE, 10 + (i + 1) * SIZE)));
    }
    return expected;
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 13, 1 << 20})
  void everyRecordOnceWithTheFilesBytesThroughSpark(long maxSplit) throws IOException {
    assertEquals(fileRecords(), records(maxSplit, FORMAT, 10, 3));
  }

  /** Hadoop's own splits and readers, in this process: every split size from 1 byte to past the file. */
  @Test
  void everyRecordOnceWithTheFilesBytesAtEverySplitSize() throws Exception {
    List<String> expected = fileRecords();
    for (long maxSplit = 1; maxSplit <= 10 + 23 * SIZE + 3 + 1; maxSplit++) {
      Configuration conf = new Configuration(false);
      StructviewInputFormat.configure(conf, FORMAT, 10, 3);
      conf.setLong("mapreduce.input.fileinputformat.split.maxsize", maxSplit);
      Job job = Job.getInstance(conf);
      FileInputFormat.setInputPaths(job, new org.apache.hadoop.fs.Path(dir.resolve("framed.bin").toString()));
      StructviewInputFormat format = new StructviewInputFormat();
      List<String> read = new ArrayList<>();
      for (InputSplit split : format.getSplits(job)) {
        TaskAttemptContext context = new TaskAttemptContextImpl(job.getConfiguration(), new TaskAttemptID());
        try (RecordReader<LongWritable, BytesWritable> reader = format.createRecordReader(split, context)) {
          reader.initialize(split, context);
          while (reader.nextKeyValue()) {
            assertEquals(read.size(), reader.getCurrentKey().get(), "split size " + maxSplit);
            read.add(HexFormat.of().formatHex(reader.getCurrentValue().copyBytes()));
          }
        }
      }
      assertEquals(expected, read, "split size " + maxSplit);
    }
  }

  @Test
  void theSameRecordsAsTheDataSource() {
    TestSpark.splits(29, 1);
    List<String> source = new ArrayList<>();
    for (Row row : TestSpark.session().read().format("structview").option("format", "<" + SIZE + "s:raw:")
        .option("headerBytes", 10).option("footerBytes", 3).load(dir.resolve("framed.bin").toString()).collectAsList()) {
      source.add(HexFormat.of().formatHex((byte[]) row.get(0)));
    }
    assertEquals(source, records(29, FORMAT, 10, 3));
  }

  @Test
  void aFileThatDoesNotFitItsRecordsFailsWhenSplitsAreComputed() {
    RecordFileException e = assertThrows(RecordFileException.class, () -> records(100, FORMAT, 10, 0));
    assertTrue(e.getMessage().contains("3 bytes are left over"), e.getMessage());
  }

  @Test
  void badOptionsAreNamed() {
    Configuration conf = new Configuration(false);
    StructviewOptionException e = assertThrows(StructviewOptionException.class,
        () -> StructviewInputFormat.configure(conf, "<IhZ", 0, 0));
    assertTrue(e.getMessage().startsWith("option 'format' = \"<IhZ\": bad char in struct format"), e.getMessage());
    e = assertThrows(StructviewOptionException.class, () -> StructviewInputFormat.configure(conf, "<I", -1, 0));
    assertEquals("option 'structview.headerBytes' = \"-1\": give a whole number of bytes, 0 or more", e.getMessage());
  }
}
