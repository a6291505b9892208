package dev.structview.spark.bench;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A contender that is a Spark data source ({@code structview} or Parquet): the queries are
 * {@code agg} over a fresh {@code load()} each time, so that the driver's listing and planning
 * are timed too.
 */
final class DatasetContender implements Contender {
  private final String name;
  private final Supplier<Dataset<Row>> load;

  DatasetContender(String name, Supplier<Dataset<Row>> load) {
    this.name = name;
    this.load = load;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Sums all() {
    return Sums.of(load.get().agg(count(lit(1)), sum("ts"), sum("id"), sum("price"), sum("qty"), sum("flags")).first());
  }

  @Override
  public Sums price() {
    return new Sums(0, 0, 0, load.get().agg(sum("price")).first().getDouble(0), 0, 0);
  }
}
