package dev.structview.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Matches a DataFrame's schema with the columns of a format, on the driver, and builds the encoders
 * that write its rows; every mismatch is a {@link RecordSchemaException} naming the column.
 *
 * <p>The rule: the DataFrame has exactly the format's columns, matched by name (in any order, and
 * ignoring case unless {@code spark.sql.caseSensitive}), recursively in structs; no two of its
 * columns (or fields of one struct) have one name, or, ignoring case, names that differ in case
 * only, as Spark's own writers refuse them. Each column's type
 * is one whose values {@code struct.pack} takes for its item ({@link NumberSource}): any integral type
 * for an integer code, any number for a float code, a boolean or a number for {@code ?},
 * {@code binary} for {@code s p c} ({@code string} too when option {@code charset} is set), an array
 * of such for a repeated item or a shape, a struct for {@code T{...}}. The types the source reads
 * are all among them, so what it reads can be written back. Values are checked when written, as
 * struct checks them: a {@code bigint} column writes into {@code B} while its values lie in 0..255.
 */
final class SchemaMatch {
  private static final String INTEGRAL = "an integral type (tinyint, smallint, int, bigint or decimal(p,0))";
  private static final String NUMBER = "a number (tinyint, smallint, int, bigint, decimal, float or double)";

  private final String format;
  private final boolean caseSensitive;

  private SchemaMatch(String format, boolean caseSensitive) {
    this.format = format;
    this.caseSensitive = caseSensitive;
  }

  /**
   * Returns the encoder of the records of {@code columns} from rows of {@code given}.
   *
   * @param format the format option, for messages
   * @throws RecordSchemaException naming the first column that does not match
   */
  static StructEncoder record(StructColumn columns, StructType given, String format, boolean caseSensitive) {
    return new SchemaMatch(format, caseSensitive).struct("", columns, given);
  }

  private StructEncoder struct(String prefix, StructColumn columns, StructType given) {
    List<StructColumn.Member> members = columns.members();
    distinct(prefix, given);
    for (StructField field : given.fields()) {
      if (member(members, field.name()) == null) {
        throw new RecordSchemaException(prefix + field.name(), "the DataFrame's column '" + prefix + field.name()
            + "' is not in format \"" + format + "\", whose " + (prefix.isEmpty() ? "columns" : "fields of '"
            + prefix.substring(0, prefix.length() - 1) + "'") + " are " + names(members) + ": select only those");
      }
    }
    int n = members.size();
    String[] names = new String[n];
    int[] ordinals = new int[n];
    int[] offsets = new int[n];
    FieldEncoder[] encoders = new FieldEncoder[n];
    for (int i = 0; i < n; i++) {
      StructColumn.Member m = members.get(i);
      ordinals[i] = ordinal(given, m.name());
      if (ordinals[i] < 0) {
        throw new RecordSchemaException(prefix + m.name(), "the DataFrame has no column '" + prefix + m.name()
            + "', which format \"" + format + "\" writes; it has " + given.simpleString());
      }
      names[i] = m.name();
      offsets[i] = m.offset();
      encoders[i] = encoder(prefix + m.name(), m.column(), given.fields()[ordinals[i]].dataType());
    }
    return new StructEncoder(names, ordinals, offsets, encoders, given.fields().length);
  }

  /**
   * Refuses two columns of one struct that Spark cannot tell apart, as its own writers do
   * ({@code COLUMN_ALREADY_EXISTS}): one name twice, or, unless {@code spark.sql.caseSensitive},
   * two names that differ in case only. Both would match one field, and one of them would be lost.
   */
  private void distinct(String prefix, StructType given) {
    // One pass with a map, not a comparison of every pair: a frame may have many thousands of columns.
    Map<String, String> seen = new HashMap<>();
    for (StructField field : given.fields()) {
      String second = field.name();
      String first = seen.putIfAbsent(caseSensitive ? second : folded(second), second);
      if (first != null) {
        throw new RecordSchemaException(prefix + second, "the DataFrame's columns '" + prefix + first + "' and '"
            + prefix + second + "' " + (first.equals(second) ? "have one name" : "differ in case only, which Spark"
            + " does not tell apart unless spark.sql.caseSensitive is true") + ": rename or drop one");
      }
    }
  }

  /** A key equal for names {@code String.equalsIgnoreCase} (Spark's case-insensitive resolver) calls equal. */
  private static String folded(String name) {
    char[] chars = name.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
    }
    return new String(chars);
  }

  private FieldEncoder encoder(String column, ColumnSpec spec, DataType type) {
    if (spec instanceof ValueColumn) {
      return value(column, (ValueColumn) spec, type);
    }
    if (spec instanceof BytesColumn) {
      return bytes(column, (BytesColumn) spec, type);
    }
    if (spec instanceof ArrayColumn) {
      ArrayColumn a = (ArrayColumn) spec;
      if (!(type instanceof ArrayType)) {
        throw mismatch(column, type, "an array of " + a.length(), "an array");
      }
      return new ArrayEncoder(a.length(), a.stride(), encoder(column + "[]", a.element(), ((ArrayType) type).elementType()));
    }
    if (!(type instanceof StructType)) {
      throw mismatch(column, type, "a struct", "a struct with its fields");
    }
    return struct(column + ".", (StructColumn) spec, (StructType) type);
  }

  private FieldEncoder value(String column, ValueColumn v, DataType type) {
    NumberSource source = NumberSource.of(type);
    String code = "'" + v.code() + "'";
    switch (v.kind()) {
      case BOOLEAN:
        if (source == null) {
          throw mismatch(column, type, code, "a boolean or " + NUMBER);
        }
        return new BoolEncoder(source, type);
      case FLOAT16:
      case FLOAT32:
      case FLOAT64:
        if (source == null || source == NumberSource.BOOLEAN) {
          throw mismatch(column, type, code, NUMBER);
        }
        return new FloatEncoder(v, source, type);
      default:
        if (source == null || !source.integral(type)) {
          throw mismatch(column, type, code, INTEGRAL);
        }
        return new IntegerEncoder(v, source, type);
    }
  }

  private FieldEncoder bytes(String column, BytesColumn b, DataType type) {
    String code = "'" + b.code() + "'";
    if (type.equals(DataTypes.BinaryType)) {
      return new BytesEncoder(b, false);
    }
    if (type.equals(DataTypes.StringType) && b.charset() != null) {
      return new BytesEncoder(b, true);
    }
    throw mismatch(column, type, code, type.equals(DataTypes.StringType)
        ? "binary, as struct.pack takes bytes; or set option charset (such as UTF-8) to write strings encoded"
        : "binary" + (b.charset() == null ? "" : " or string"));
  }

  private RecordSchemaException mismatch(String column, DataType type, String item, String wanted) {
    return new RecordSchemaException(column, "column '" + column + "' is " + type.simpleString() + ", which " + item
        + " of format \"" + format + "\" does not take: give " + wanted);
  }

  private int ordinal(StructType given, String name) {
    StructField[] fields = given.fields();
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].name().equals(name)) {
        return i;
      }
    }
    for (int i = 0; i < fields.length && !caseSensitive; i++) {
      if (fields[i].name().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private StructColumn.Member member(List<StructColumn.Member> members, String name) {
    for (StructColumn.Member m : members) {
      if (m.name().equals(name) || (!caseSensitive && m.name().equalsIgnoreCase(name))) {
        return m;
      }
    }
    return null;
  }

  private static String names(List<StructColumn.Member> members) {
    List<String> names = new ArrayList<>();
    for (StructColumn.Member m : members) {
      names.add(m.name());
    }
    return String.join(", ", names);
  }
}
