package dev.structview.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts files of records into the partitions tasks read, as Spark's {@code FilePartition} cuts the
 * files of its own sources: each file into byte ranges of at most {@code maxSplitBytes} from its
 * start (records owned by the range they start in, {@link RecordSplits}), then neighbouring ranges
 * packed into one partition while their bytes, plus {@code openCostInBytes} per range, stay within
 * {@code maxSplitBytes}; if that makes more partitions than {@code spark.sql.files.maxPartitionNum},
 * the ranges are packed again to a split size of their total bytes (and open costs) divided by that
 * number, rounded up, as Spark packs them.
 *
 * <p>Two differences, for rows in file order: ranges are not sorted by size before packing (so
 * files whose sizes are not multiples of the split size may pack into other partitions than Spark's
 * would), and ranges that own no record (inside a record longer than the split, or inside a header)
 * are left out.
 */
final class PartitionPlanner {
  /** The most ranges a scan may cut its files into, however small the splits asked for. */
  static final long MAX_RANGES = 1L << 20;

  private final long recordSize;
  private final long maxSplitBytes;
  private final long openCost;
  private final long maxPartitions;

  /**
   * @param maxPartitions {@code spark.sql.files.maxPartitionNum}, or {@link Long#MAX_VALUE} when unset
   */
  PartitionPlanner(long recordSize, long maxSplitBytes, long openCost, long maxPartitions) {
    this.recordSize = recordSize;
    this.maxSplitBytes = Math.max(1, maxSplitBytes);
    this.openCost = Math.max(0, openCost);
    this.maxPartitions = Math.max(1, maxPartitions);
  }

  /**
   * Spark's split size ({@code FilePartition.maxSplitBytes}): small enough that each of
   * {@code minPartitions} cores gets data ({@code spark.sql.files.minPartitionNum}, else
   * {@code spark.sql.leafNodeDefaultParallelism}, else the default parallelism), within
   * {@code [openCostInBytes, maxPartitionBytes]}.
   */
  static long maxSplitBytes(long maxPartitionBytes, long openCost, long minPartitions, List<RecordFile> files) {
    long total = 0;
    for (RecordFile f : files) {
      total = ColumnSpec.plus(total, ColumnSpec.plus(f.size(), openCost));
    }
    long perCore = total / Math.max(1, minPartitions);
    return Math.min(maxPartitionBytes, Math.max(openCost, perCore));
  }

  /**
   * Returns the partitions that read the first {@code limit} records of the files.
   *
   * @throws IllegalArgumentException if the files cut into more than {@link #MAX_RANGES} ranges
   */
  List<RecordPartition> plan(List<RecordFile> files, long limit) {
    List<Range> ranges = limit(ranges(files), limit);
    List<RecordPartition> partitions = pack(ranges, maxSplitBytes);
    if (partitions.size() <= maxPartitions) {
      return partitions;
    }
    long total = 0;
    for (Range r : ranges) {
      total = ColumnSpec.plus(total, ColumnSpec.plus(r.bytes(), openCost));
    }
    return pack(ranges, total / maxPartitions + (total % maxPartitions == 0 ? 0 : 1));
  }

  /**
   * A range of a file and the records it owns.
   *
   * @param bytes the range's length, which Spark packs by (its split's length); the bytes of its
   *     records once a limit cut them
   */
  private record Range(RecordChunk chunk, long bytes) {}

  private List<Range> ranges(List<RecordFile> files) {
    List<Range> ranges = new ArrayList<>();
    for (RecordFile f : files) {
      long next = 0; // the first record not yet in a range
      while (next < f.records()) {
        // the range holding record 'next' starts at a multiple of maxSplitBytes: no empty range is visited
        long start = (f.dataStart() + next * recordSize) / maxSplitBytes * maxSplitBytes;
        long end = f.size() - start > maxSplitBytes ? start + maxSplitBytes : f.size();
        long count = RecordSplits.owned(start, end, f.dataStart(), recordSize, f.records());
        if (ranges.size() == MAX_RANGES) {
          throw new IllegalArgumentException("the files cut into more than " + MAX_RANGES + " splits of "
              + maxSplitBytes + " bytes; raise spark.sql.files.maxPartitionBytes");
        }
        ranges.add(new Range(new RecordChunk(f.path(), f.dataStart(), next, count), end - start));
        next += count;
      }
    }
    return ranges;
  }

  private List<Range> limit(List<Range> ranges, long limit) {
    List<Range> kept = new ArrayList<>();
    long left = limit;
    for (Range r : ranges) {
      if (left == 0) {
        break;
      }
      RecordChunk c = r.chunk();
      long count = Math.min(c.count(), left);
      kept.add(count == c.count() ? r
          : new Range(new RecordChunk(c.path(), c.dataStart(), c.first(), count), count * recordSize));
      left -= count;
    }
    return kept;
  }

  /** Spark's packing (next fit): a partition is closed when the next range would take it past {@code splitBytes}. */
  private List<RecordPartition> pack(List<Range> ranges, long splitBytes) {
    List<RecordPartition> partitions = new ArrayList<>();
    List<RecordChunk> current = new ArrayList<>();
    long size = 0;
    for (Range r : ranges) {
      if (!current.isEmpty() && size > splitBytes - r.bytes()) {
        partitions.add(new RecordPartition(current));
        current.clear();
        size = 0;
      }
      current.add(r.chunk());
      size = ColumnSpec.plus(size, ColumnSpec.plus(r.bytes(), openCost));
    }
    if (!current.isEmpty()) {
      partitions.add(new RecordPartition(current));
    }
    return partitions;
  }
}
