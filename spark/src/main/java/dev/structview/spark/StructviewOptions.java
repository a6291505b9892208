package dev.structview.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.structview.format.FormatCode;
import dev.structview.format.StructFormat;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HashMap;
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
 * <p>An option given as {@code null} ({@code option("charset", (String) null)}, which Spark passes
 * on) counts as not given. A path that is null or blank is refused.
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
  private static final String PATH_FIX = "give each file, directory or glob to read, or the directory to write";

  /** Copies the paths. */
  StructviewOptions {
    paths = List.copyOf(paths);
  }

  /**
   * Returns the options Spark passes, without those given as {@code null}, which count as not given
   * (copies of the options, and Hadoop's configuration, take no null values).
   *
   * @throws StructviewOptionException if the path is given as {@code null}
   */
  static Map<String, String> given(Map<String, String> options) {
    Map<String, String> given = new HashMap<>();
    options.forEach((option, value) -> {
      if (value != null) {
        given.put(option, value);
      } else if (option.equalsIgnoreCase("path") || option.equalsIgnoreCase("paths")) {
        throw StructviewOptionException.nullValue("path", PATH_FIX); // load((String) null): not a missing path
      }
    });
    return Map.copyOf(given);
  }

  /**
   * Reads and checks the options Spark passes to a data source.
   *
   * @throws StructviewOptionException naming the first option that is missing or invalid
   */
  static StructviewOptions parse(Map<String, String> given) {
    CaseInsensitiveStringMap options = new CaseInsensitiveStringMap(given);
    return new StructviewOptions(OptionValues.format(options.get(FORMAT)),
        OptionValues.bytes(HEADER_BYTES, options.get(HEADER_BYTES)),
        OptionValues.bytes(FOOTER_BYTES, options.get(FOOTER_BYTES)),
        OptionValues.dropPartial(options.get(ON_PARTIAL_RECORD)), charset(options.get(CHARSET)),
        bool(options, MMAP), paths(options));
  }

  /**
   * Reads and checks the options of a save: those of a read, where {@code headerBytes} and
   * {@code footerBytes} must be 0 (a write makes files of records only; zeros in their place would
   * rarely be the header a reader of the files expects, so none is invented) and exactly one path
   * is given. {@code onPartialRecord} and {@code mmap} have no effect on a write; {@code charset}
   * encodes string columns.
   *
   * @throws StructviewOptionException naming the first option that is missing or invalid
   */
  static StructviewOptions parseForWrite(Map<String, String> given) {
    StructviewOptions options = parse(given);
    CaseInsensitiveStringMap named = new CaseInsensitiveStringMap(given);
    noFrame(HEADER_BYTES, options.headerBytes(), named);
    noFrame(FOOTER_BYTES, options.footerBytes(), named);
    if (options.paths().size() != 1) {
      throw new StructviewOptionException("path", options.paths().isEmpty() ? null : String.join(", ", options.paths()),
          "give the one directory to write, as in save(\"out/ticks\")", null);
    }
    return options;
  }

  private static void noFrame(String option, long bytes, CaseInsensitiveStringMap named) {
    if (bytes != 0) {
      throw new StructviewOptionException(option, named.get(option), "a write makes files of records only, with"
          + " no header or footer: leave it out (or 0), and write headers or footers yourself", null);
    }
  }

  private static String charset(String value) {
    if (value == null) {
      return null;
    }
    Charset charset;
    try {
      charset = Charset.forName(value.trim());
    } catch (IllegalArgumentException e) { // IllegalCharsetNameException and UnsupportedCharsetException
      throw new StructviewOptionException(CHARSET, value, "not a charset this JVM supports, such as UTF-8", e);
    }
    if (FormatCode.encodesNul(charset)) {
      // s strings end at their first NUL: under UTF-16 "AB" (41 00 42 00) would read as "A"; a c holds one byte.
      throw new StructviewOptionException(CHARSET, value, "a charset that encodes characters with NUL bytes,"
          + " where s strings end at their first NUL and a c holds one byte; use UTF-8, or read the column as binary",
          null);
    }
    return charset.name();
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
      String[] paths;
      try {
        paths = new ObjectMapper().readValue(many, String[].class);
      } catch (JsonProcessingException e) {
        throw new StructviewOptionException("paths", many, "not the JSON array of paths Spark passes", e);
      }
      if (paths == null) {
        throw new StructviewOptionException("paths", many, "not the JSON array of paths Spark passes", null);
      }
      return checked(many, Arrays.asList(paths));
    }
    String one = options.get("path");
    return one == null ? List.of() : checked(one, List.of(one));
  }

  /** Refuses a null path (as from {@code load((String) null)}) or a blank one, which Hadoop cannot name a file by. */
  private static List<String> checked(String value, List<String> paths) {
    for (String path : paths) {
      if (path == null || path.isBlank()) {
        throw new StructviewOptionException("path", value, "a path is " + (path == null ? "null" : "blank") + ": "
            + PATH_FIX, null);
      }
    }
    return List.copyOf(paths);
  }
}
