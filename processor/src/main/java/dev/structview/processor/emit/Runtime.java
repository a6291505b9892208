package dev.structview.processor.emit;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every type generated code names, named once: the runtime's and the JDK's. The emitters name no
 * other (but the user's interfaces and their generated classes), so that this table is what the
 * user's names in scope are checked against ({@link Scoping}).
 */
final class Runtime {
  /**
   * The runtime's root package, assembled at run time on purpose: the processor jar shades the
   * runtime's format, buffer and internal packages under a relocated name, and the shade plugin
   * rewrites any constant string that spells a relocated package. Generated code must name the
   * real ones.
   */
  private static final String ROOT = String.join(".", "dev", "structview");
  private static final String FORMAT = ROOT + ".format";
  private static final String BUFFER = ROOT + ".buffer";
  private static final String MEMORY = ROOT + ".memory";
  private static final String VIEW = ROOT + ".view";
  private static final String SUPPORT_PACKAGE = ROOT + ".support";

  static final ClassName BYTE_STORE = ClassName.get(MEMORY, "ByteStore");
  static final ClassName ARRAY_STORE = ClassName.get(MEMORY, "ArrayStore");
  static final ClassName ARRAY_REGION_STORE = ClassName.get(MEMORY, "ArrayRegionStore");
  static final ClassName BUFFER_STORE = ClassName.get(MEMORY, "BufferStore");
  static final ClassName CONVERSIONS = ClassName.get(SUPPORT_PACKAGE, "Conversions");
  static final ClassName VIEWS = ClassName.get(SUPPORT_PACKAGE, "Views");
  static final ClassName SUPPORT = ClassName.get(SUPPORT_PACKAGE, "Support");
  static final ClassName RECORD_TYPE = ClassName.get(VIEW, "RecordType");
  static final ClassName PLACED = RECORD_TYPE.nestedClass("Placed");
  static final ClassName RECORD_CURSOR = ClassName.get(VIEW, "RecordCursor");
  static final ClassName CURSOR_RUN = ClassName.get(VIEW, "CursorRun");
  static final ClassName LONG_RECORD_CURSOR = ClassName.get(VIEW, "LongRecordCursor");
  static final ClassName MEMORY_VIEW = ClassName.get(VIEW, "MemoryView");
  static final ClassName RECORD_ARRAY = ClassName.get(VIEW, "RecordArray");
  static final ClassName HALF_FLOAT = ClassName.get(FORMAT, "HalfFloat");
  static final ClassName BUFFER_EXPORTER = ClassName.get(BUFFER, "BufferExporter");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  static final ClassName OBJECT = ClassName.get("java.lang", "Object");
  static final ClassName STRING = ClassName.get("java.lang", "String");
  static final ClassName STRING_BUILDER = ClassName.get("java.lang", "StringBuilder");
  static final ClassName OVERRIDE = ClassName.get("java.lang", "Override");
  static final ClassName SUPPRESS_WARNINGS = ClassName.get("java.lang", "SuppressWarnings");
  static final ClassName ILLEGAL_ARGUMENT = ClassName.get("java.lang", "IllegalArgumentException");
  static final ClassName ILLEGAL_STATE = ClassName.get("java.lang", "IllegalStateException");
  static final ClassName FLOAT = ClassName.get("java.lang", "Float");
  static final ClassName DOUBLE = ClassName.get("java.lang", "Double");
  static final ClassName BIG_INTEGER = ClassName.get("java.math", "BigInteger");
  static final ClassName BYTE_BUFFER = ClassName.get("java.nio", "ByteBuffer");
  static final ClassName FILE_CHANNEL = ClassName.get("java.nio.channels", "FileChannel");
  static final ClassName MAP_MODE = FILE_CHANNEL.nestedClass("MapMode");
  static final ClassName CHARSET = ClassName.get("java.nio.charset", "Charset");
  static final ClassName PATH = ClassName.get("java.nio.file", "Path");
  static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName CONSUMER = ClassName.get("java.util.function", "Consumer");

  /**
   * The types that generated code names in an expression ({@code Float.intBitsToFloat(...)},
   * {@code ByteStore.of(...)}), where a variable of the same name, such as an inherited constant,
   * would be taken instead (JLS 6.4.2); the boxes are {@code hashCode}'s ({@code Integer.hashCode(x)}).
   */
  static final List<ClassName> IN_EXPRESSIONS = List.of(BYTE_STORE, CONVERSIONS, VIEWS, SUPPORT, RECORD_ARRAY,
      HALF_FLOAT, FLOAT, DOUBLE, ARRAYS, OBJECTS, CHARSET, ClassName.get("java.lang", "Boolean"),
      ClassName.get("java.lang", "Byte"), ClassName.get("java.lang", "Short"), ClassName.get("java.lang", "Character"),
      ClassName.get("java.lang", "Integer"), ClassName.get("java.lang", "Long"));

  /** The types that generated code names only where a type is expected, which no variable obscures. */
  static final List<ClassName> IN_TYPES_ONLY = List.of(RECORD_TYPE, PLACED, RECORD_CURSOR, CURSOR_RUN,
      LONG_RECORD_CURSOR, MEMORY_VIEW, ARRAY_STORE, ARRAY_REGION_STORE, BUFFER_STORE,
      BUFFER_EXPORTER, GENERATED, OBJECT, STRING, STRING_BUILDER, OVERRIDE, SUPPRESS_WARNINGS, ILLEGAL_ARGUMENT,
      ILLEGAL_STATE, BIG_INTEGER, BYTE_BUFFER, FILE_CHANNEL, MAP_MODE, PATH, CONSUMER);

  /** Every type of this table. */
  static final List<ClassName> ALL = Stream.concat(IN_EXPRESSIONS.stream(), IN_TYPES_ONLY.stream()).toList();

  static final String PROCESSOR = "dev.structview.processor.BufferFormatProcessor";

  /**
   * The version of the runtime's support API ({@code dev.structview.support}) that the code this
   * processor writes calls: each generated class checks it against the runtime's when it is
   * initialized. Raise it with any change to what generated code needs of that package.
   */
  static final int SUPPORT_VERSION = 7;

  private Runtime() {}
}
