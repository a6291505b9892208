package dev.structview.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranges that cover a file own each record exactly once, checked against counting record starts one by one. */
class RecordSplitsTest {
  @Test
  void everyRecordIsOwnedByTheRangeItStartsInForEverySplitSize() {
    for (long header = 0; header < 9; header += 4) {
      for (long size = 1; size <= 7; size++) {
        for (long records = 0; records <= 6; records++) {
          long fileSize = header + records * size + 3; // 3 bytes of footer or partial record
          for (long split = 1; split <= fileSize + 1; split++) {
            checkCover(header, size, records, fileSize, split);
          }
        }
      }
    }
  }

  private static void checkCover(long header, long size, long records, long fileSize, long split) {
    long next = 0;
    for (long start = 0; start < fileSize; start += split) {
      long end = Math.min(fileSize, start + split);
      long starts = 0;
      for (long k = 0; k < records; k++) {
        long at = header + k * size;
        starts += at >= start && at < end ? 1 : 0;
      }
      String at = "header=" + header + " size=" + size + " records=" + records + " range=[" + start + "," + end + ")";
      assertEquals(starts, RecordSplits.owned(start, end, header, size, records), at);
      if (starts > 0) {
        assertEquals(next, RecordSplits.first(start, end, header, size, records), at);
      }
      next += starts;
    }
    assertEquals(records, next);
  }

  @Test
  void rangesPastFourGibibytesOwnTheRecordsStartingInThem() {
    long size = 1_048_573; // a prime: records straddle every power of two
    long header = 100;
    long records = 5000; // 4.88 GiB of records
    long start = 1L << 32;
    long first = (start - header + size - 1) / size;
    assertEquals(first, RecordSplits.firstAtOrAfter(start, header, size, records));
    assertEquals(1, RecordSplits.owned(header + first * size, header + first * size + 1, header, size, records));
    assertEquals(0, RecordSplits.owned(header + first * size + 1, header + (first + 1) * size, header, size, records));
    assertEquals(records, RecordSplits.firstAtOrAfter(Long.MAX_VALUE, header, size, records));
  }

  @Test
  void badArgumentsAreRefusedWithTheirValues() {
    for (List<Long> args : List.of(List.of(-1L, 0L, 1L, 1L), List.of(0L, -1L, 1L, 1L), List.of(0L, 0L, 0L, 1L),
        List.of(0L, 0L, 1L, -1L))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> RecordSplits.firstAtOrAfter(args.get(0), args.get(1), args.get(2), args.get(3)));
      assertEquals("position=" + args.get(0) + " dataStart=" + args.get(1) + " recordSize=" + args.get(2)
          + " records=" + args.get(3) + ": none may be negative, and recordSize must be positive", e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> RecordSplits.owned(5, 4, 0, 1, 10));
  }
}
