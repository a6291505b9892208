package dev.structview.spark.bench;

/** One way to read the tick file, with the two queries every contender answers. */
interface Contender {
  /** Returns the contender's name in the report. */
  String name();

  /** Counts the records and sums every column: a full scan, with nothing to prune. */
  Sums all();

  /** Sums the price column alone (the other sums zero): what column pruning saves. */
  Sums price();
}
