package dev.structview.processor.emit;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code refers to, named once. */
final class Runtime {
  static final ClassName BYTE_STORE = ClassName.get("dev.structview.internal", "ByteStore");
  static final ClassName CONVERSIONS = ClassName.get("dev.structview.internal", "Conversions");
  static final ClassName RECORD_TYPE = ClassName.get("dev.structview.internal", "RecordType");
  static final ClassName VIEWS = ClassName.get("dev.structview.internal", "Views");
  static final ClassName HALF_FLOAT = ClassName.get("dev.structview.format", "HalfFloat");
  static final ClassName MEMORY_VIEW = ClassName.get("dev.structview.view", "MemoryView");
  static final ClassName RECORD_ARRAY = ClassName.get("dev.structview.view", "RecordArray");
  static final ClassName BUFFER_EXPORTER = ClassName.get("dev.structview.buffer", "BufferExporter");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final String PROCESSOR = "dev.structview.processor.BufferFormatProcessor";

  private Runtime() {}
}
