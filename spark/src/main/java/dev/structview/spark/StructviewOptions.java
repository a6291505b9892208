package dev.structview.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.structview.format.FormatException;
import dev.structview.format.FormatParser;
import dev.structview.format.StructFormat;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The read options of the {@code structview} data source, checked: every problem is a
 * {@link StructviewOptionException} naming the option and its value, thrown by {@code load()}.
 *
 * <table class="striped">
 *   <caption>Options (names are case-insensitive, as all Spark options)</caption>
 *   <thead><tr><th>option</th><th>value</th><th>default</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code format}</td><td>the record's struct format, in the PEP 3118 dialect: struct codes
 *       with {@code :name:} after an item, {@code T{...}} structs and {@code (2,3)} shapes</td><td>required</td></tr>
 *     <tr><td>{@code headerBytes}</td><td>bytes to skip at the start of every file</td><td>0</td></tr>
 *     <tr><td>{@code footerBytes}</td><td>bytes to skip at the end of every file</td><td>0</td></tr>
 *     <tr><td>{@code onPartialRecord}</td><td>{@code fail}: a file whose data is not a whole number of
 *       records fails the load; {@code drop}: its last, partial record is dropped with a warning</td>
 *       <td>{@code fail}</td></tr>
 *     <tr><td>{@code charset}</td><td>read {@code s}, {@code p} and {@code c} as strings in this charset
 *       (for example {@code UTF-8}) instead of binary</td><td>binary</td></tr>
 *     <tr><td>{@code mmap}</td><td>{@code true}: map local ({@code file:}) files; {@code false}: read
 *       them as other file systems are read, through Hadoop's streams</td><td>{@code true}</td></tr>
 *   </tbody>
 * </table>
 *
 * @param format the parsed format
 * @param headerBytes the bytes before the records of every file
 * @param footerBytes the bytes after the records of every file
 * @param dropPartial whether a partial last record is dropped (true) or fails the load
 * @param charset the charset strings read in, or {@code null} for binary
 * @param mmap whether local files are mapped
 * @param paths the paths to read, as given to {@code load}
 */
record StructviewOptions(StructFormat format, long headerBytes, long footerBytes, boolean dropPartial,
    String charset, boolean mmap, List<String> paths) {
  static final String FORMAT = "format";
  static final String HEADER_BYTES = "headerBytes";
  static final String FOOTER_BYTES = "footerBytes";
  static final String ON_PARTIAL_RECORD = "onPartialRecord";
  static final String CHARSET = "charset";
  static final String MMAP = "mmap";

  /** Copies the paths. */
  StructviewOptions {
    paths = List.copyOf(paths);
  }

  /**
   * Reads and checks the options Spark passes to a data source.
   *
   * @throws StructviewOptionException naming the first option that is missing or invalid
   */
  static StructviewOptions parse(Map<String, String> given) {
    CaseInsensitiveStringMap options = new CaseInsensitiveStringMap(given);
    return new StructviewOptions(format(options.get(FORMAT)), bytes(options, HEADER_BYTES),
        bytes(options, FOOTER_BYTES), partial(options.get(ON_PARTIAL_RECORD)), charset(options.get(CHARSET)),
        bool(options, MMAP), paths(options));
  }

  private static StructFormat format(String value) {
    if (value == null) {
      throw new StructviewOptionException(FORMAT, null,
          "give the records' struct format, as in .option(\"format\", \"<I:id: h:delta: B:flags:\")", null);
    }
    try {
      return FormatParser.parseExtended(value);
    } catch (FormatException e) {
      throw new StructviewOptionException(FORMAT, value, e.getMessage() + " (index " + e.index() + ")", e);
    }
  }

  private static long bytes(CaseInsensitiveStringMap options, String option) {
    String value = options.get(option);
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

  private static boolean partial(String value) {
    String policy = value == null ? "fail" : value.trim().toLowerCase(Locale.ROOT);
    if (!policy.equals("fail") && !policy.equals("drop")) {
      throw new StructviewOptionException(ON_PARTIAL_RECORD, value, "give 'fail' or 'drop'", null);
    }
    return policy.equals("drop");
  }

  private static String charset(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Charset.forName(value.trim()).name();
    } catch (IllegalArgumentException e) { // IllegalCharsetNameException and UnsupportedCharsetException
      throw new StructviewOptionException(CHARSET, value, "not a charset this JVM supports, such as UTF-8", e);
    }
  }

  private static boolean bool(CaseInsensitiveStringMap options, String option) {
    String value = options.get(option);
    String v = value == null ? "true" : value.trim().toLowerCase(Locale.ROOT);
    if (!v.equals("true") && !v.equals("false")) {
      throw new StructviewOptionException(option, value, "give 'true' or 'false'", null);
    }
    return v.equals("true");
  }

  /** The paths: Spark passes those of {@code load(paths...)} as a JSON array in "paths", or one in "path". */
  private static List<String> paths(CaseInsensitiveStringMap options) {
    String many = options.get("paths");
    if (many != null) {
      try {
        return List.of(new ObjectMapper().readValue(many, String[].class));
      } catch (JsonProcessingException e) {
        throw new StructviewOptionException("paths", many, "not the JSON array of paths Spark passes", e);
      }
    }
    String one = options.get("path");
    return one == null ? List.of() : List.of(one);
  }
}
