package dev.structview.processor.emit;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code refers to, named once. */
final class Runtime {
  /**
   * The runtime's root package, assembled at run time on purpose: the processor jar shades the
   * runtime's format and internal packages under a relocated name, and the shade plugin rewrites
   * any constant string that spells a relocated package. Generated code must name the real ones.
   */
  private static final String ROOT = String.join(".", "dev", "structview");
  private static final String INTERNAL = ROOT + ".internal";
  private static final String FORMAT = ROOT + ".format";

  static final ClassName BYTE_STORE = ClassName.get(INTERNAL, "ByteStore");
  static final ClassName CONVERSIONS = ClassName.get(INTERNAL, "Conversions");
  static final ClassName RECORD_TYPE = ClassName.get(INTERNAL, "RecordType");
  static final ClassName VIEWS = ClassName.get(INTERNAL, "Views");
  static final ClassName HALF_FLOAT = ClassName.get(FORMAT, "HalfFloat");
  static final ClassName MEMORY_VIEW = ClassName.get("dev.structview.view", "MemoryView");
  static final ClassName RECORD_ARRAY = ClassName.get("dev.structview.view", "RecordArray");
  static final ClassName BUFFER_EXPORTER = ClassName.get("dev.structview.buffer", "BufferExporter");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final String PROCESSOR = "dev.structview.processor.BufferFormatProcessor";

  private Runtime() {}
}
