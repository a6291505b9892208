package dev.structview.spark;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the module's tests: {@code local[2]}, no UI, few shuffle partitions,
 * adaptive execution off so that plans show their scans. Started once per test JVM (start-up takes
 * seconds) and stopped by Spark's own shutdown hook. Tests set the split sizes they need.
 */
final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("structview-spark tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.sql.adaptive.enabled", "false")
          .getOrCreate();
    }
    return session;
  }

  /** Sets the split size and the cost of opening a file, as Spark's file sources read them. */
  static void splits(long maxPartitionBytes, long openCostInBytes) {
    session().conf().set("spark.sql.files.maxPartitionBytes", Long.toString(maxPartitionBytes));
    session().conf().set("spark.sql.files.openCostInBytes", Long.toString(openCostInBytes));
  }

  /** Runs a save that must fail in a task, and returns the task's {@link RecordValueException}. */
  static RecordValueException taskFailure(DataFrameWriter<Row> writer, Path out) {
    Exception e = assertThrows(Exception.class, () -> writer.save(out.toString()));
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RecordValueException) {
        return (RecordValueException) t;
      }
    }
    throw new AssertionError("no RecordValueException in the failure", e);
  }
}
