package dev.structview.spark.bench;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/**
 * What every contender computes: the record count and the sum of each column, so that nothing can
 * be pruned; the contenders' results are compared before any time is reported.
 *
 * @param count the records read
 * @param ts the sum of timestamps
 * @param id the sum of instrument ids
 * @param price the sum of prices
 * @param qty the sum of quantities
 * @param flags the sum of flags
 */
record Sums(long count, long ts, long id, double price, long qty, long flags) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The sums of no records. */
  static final Sums ZERO = new Sums(0, 0, 0, 0, 0, 0);

  /** Returns the sums of both runs of records. */
  Sums plus(Sums o) {
    return new Sums(count + o.count, ts + o.ts, id + o.id, price + o.price, qty + o.qty, flags + o.flags);
  }

  /** Reads the row of {@code count(*), sum(ts), sum(id), sum(price), sum(qty), sum(flags)}. */
  static Sums of(Row row) {
    return new Sums(row.getLong(0), row.getLong(1), row.getLong(2), row.getDouble(3), row.getLong(4), row.getLong(5));
  }

  /**
   * Whether {@code o} holds the same sums: the integers exactly, the price to 1e-9 of its size
   * (contenders add the doubles in different orders).
   */
  boolean agrees(Sums o) {
    return count == o.count && ts == o.ts && id == o.id && qty == o.qty && flags == o.flags
        && Math.abs(price - o.price) <= 1e-9 * Math.abs(price);
  }
}
