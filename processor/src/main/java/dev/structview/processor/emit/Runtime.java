package dev.structview.processor.emit;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code refers to, named once. */
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
  static final ClassName CONVERSIONS = ClassName.get(SUPPORT_PACKAGE, "Conversions");
  static final ClassName VIEWS = ClassName.get(SUPPORT_PACKAGE, "Views");
  static final ClassName SUPPORT = ClassName.get(SUPPORT_PACKAGE, "Support");
  static final ClassName RECORD_TYPE = ClassName.get(VIEW, "RecordType");
  static final ClassName RECORD_CURSOR = ClassName.get(VIEW, "RecordCursor");
  static final ClassName CURSOR_RUN = ClassName.get(VIEW, "CursorRun");
  static final ClassName MEMORY_VIEW = ClassName.get(VIEW, "MemoryView");
  static final ClassName RECORD_ARRAY = ClassName.get(VIEW, "RecordArray");
  static final ClassName HALF_FLOAT = ClassName.get(FORMAT, "HalfFloat");
  static final ClassName BUFFER_EXPORTER = ClassName.get(BUFFER, "BufferExporter");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final String PROCESSOR = "dev.structview.processor.BufferFormatProcessor";

  /**
   * The version of the runtime's support API ({@code dev.structview.support}) that the code this
   * processor writes calls: each generated class checks it against the runtime's when it is
   * initialized. Raise it with any change to what generated code needs of that package.
   */
  static final int SUPPORT_VERSION = 4;

  private Runtime() {}
}
