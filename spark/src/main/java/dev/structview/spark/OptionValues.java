package dev.structview.spark;

import dev.structview.format.FormatException;
import dev.structview.format.FormatParser;
import dev.structview.format.StructFormat;
import java.util.Locale;

/**
 * The checks of the options that the data source and the Hadoop input format share, free of Spark's
 * classes so that MapReduce and Hive can load {@link StructviewInputFormat} without them.
 */
final class OptionValues {
  private OptionValues() {}

  /**
   * Parses the {@code format} option, in the PEP 3118 dialect.
   *
   * @throws StructviewOptionException if it is missing or invalid, with the character index
   */
  static StructFormat format(String value) {
    if (value == null) {
      throw new StructviewOptionException(StructviewOptions.FORMAT, null,
          "give the records' struct format, as in .option(\"format\", \"<I:id: h:delta: B:flags:\")", null);
    }
    try {
      return FormatParser.parseExtended(value);
    } catch (FormatException e) {
      throw new StructviewOptionException(StructviewOptions.FORMAT, value, e.getMessage() + " (index " + e.index()
          + ")", e);
    }
  }

  /**
   * Parses a count of bytes; a missing one is 0.
   *
   * @throws StructviewOptionException if it is not a whole number, 0 or more
   */
  static long bytes(String option, String value) {
    if (value == null) {
      return 0;
    }
    try {
      long n = Long.parseLong(value.trim());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, as a negative number is
    }
    throw new StructviewOptionException(option, value, "give a whole number of bytes, 0 or more", null);
  }

  /**
   * Parses {@code onPartialRecord}: whether a partial last record is dropped ({@code drop}) rather
   * than refused ({@code fail}, the default).
   *
   * @throws StructviewOptionException if it is neither
   */
  static boolean dropPartial(String value) {
    String policy = value == null ? "fail" : value.trim().toLowerCase(Locale.ROOT);
    if (!policy.equals("fail") && !policy.equals("drop")) {
      throw new StructviewOptionException(StructviewOptions.ON_PARTIAL_RECORD, value, "give 'fail' or 'drop'", null);
    }
    return policy.equals("drop");
  }
}
