package dev.structview.bench.ticks;

/**
 * One way to read and write {@code "<IhB"} records over one memory: what W1, W1c, W1w and W3
 * compare. Every implementation walks the records itself, so that each benchmark measures one
 * loop compiled for one contender. Record {@code i} sits at byte {@code 7 * i}.
 */
public interface TickContender {
  /** Returns the contender's name, as the benchmarks and the agreement test show it. */
  String name();

  /** W1 scan: returns the sum of all three fields of the first {@code count} records. */
  long sumAll(int count);

  /** W1c column: returns the sum of the {@code I} field of the first {@code count} records. */
  long sumIds(int count);

  /** W1w write: fills every field of the first {@code count} records with {@code TickData}'s values. */
  void fill(int count);

  /** W3 gather: returns the sum of the {@code I} field of the records at the indices in {@code order}. */
  long gatherIds(int[] order);
}
