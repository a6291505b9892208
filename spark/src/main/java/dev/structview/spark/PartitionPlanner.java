package dev.structview.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts files of records into the partitions tasks read, as Spark cuts the files of its own sources:
 * each file into byte ranges of at most {@code maxSplitBytes} from its start (records owned by the
 * range they start in, {@link RecordSplits}), then neighbouring ranges packed into one partition
 * while their bytes, plus {@code openCostInBytes} per range, stay within {@code maxSplitBytes}.
 * Unlike Spark's packing, ranges are not sorted by size: partitions keep the files' order and the
 * records' order within each file, so that rows come out as the files hold them.
 */
final class PartitionPlanner {
  /** The most ranges a scan may cut its files into, however small the splits asked for. */
  static final long MAX_RANGES = 1L << 20;

  private final long recordSize;
  private final long maxSplitBytes;
  private final long openCost;

  PartitionPlanner(long recordSize, long maxSplitBytes, long openCost) {
    this.recordSize = recordSize;
    this.maxSplitBytes = Math.max(1, maxSplitBytes);
    this.openCost = Math.max(0, openCost);
  }

  /**
   * Spark's split size ({@code FilePartition.maxSplitBytes}): small enough that every core gets
   * data, within {@code [openCostInBytes, maxPartitionBytes]}.
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
    return pack(limit(ranges(files), limit));
  }

  private List<RecordChunk> ranges(List<RecordFile> files) {
    List<RecordChunk> ranges = new ArrayList<>();
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
        ranges.add(new RecordChunk(f.path(), f.dataStart(), next, count));
        next += count;
      }
    }
    return ranges;
  }

  private static List<RecordChunk> limit(List<RecordChunk> ranges, long limit) {
    List<RecordChunk> kept = new ArrayList<>();
    long left = limit;
    for (RecordChunk r : ranges) {
      if (left == 0) {
        break;
      }
      long count = Math.min(r.count(), left);
      kept.add(count == r.count() ? r : new RecordChunk(r.path(), r.dataStart(), r.first(), count));
      left -= count;
    }
    return kept;
  }

  private List<RecordPartition> pack(List<RecordChunk> ranges) {
    List<RecordPartition> partitions = new ArrayList<>();
    List<RecordChunk> current = new ArrayList<>();
    long size = 0;
    for (RecordChunk r : ranges) {
      long bytes = r.count() * recordSize;
      if (!current.isEmpty() && size > maxSplitBytes - bytes) {
        partitions.add(new RecordPartition(current));
        current.clear();
        size = 0;
      }
      current.add(r);
      size = ColumnSpec.plus(size, ColumnSpec.plus(bytes, openCost));
    }
    if (!current.isEmpty()) {
      partitions.add(new RecordPartition(current));
    }
    return partitions;
  }
}
