/**
 * structview's runtime: Python's {@code struct} formats and buffer protocol for Java, and what the
 * views generated from {@code @BufferFormat} interfaces call.
 *
 * <ul>
 *   <li>{@code dev.structview.format}: the format parser and {@code Struct}, CPython's struct codec;
 *   <li>{@code dev.structview.buffer}: the buffer protocol ({@code PyBUF_*} flags, descriptors,
 *       exporters);
 *   <li>{@code dev.structview.memory}: the memory records live in;
 *   <li>{@code dev.structview.view}: {@code MemoryView}, record arrays and the managed buffer;
 *   <li>{@code dev.structview.alloc}: allocators with families and accounting;
 *   <li>{@code dev.structview.leak}: leak detection;
 *   <li>{@code dev.structview.support}: the support API of generated code, not for calling by hand.
 * </ul>
 *
 * <p>{@code dev.structview.internal} is not exported.
 */
module dev.structview.runtime {
  exports dev.structview.format;
  exports dev.structview.buffer;
  exports dev.structview.memory;
  exports dev.structview.view;
  exports dev.structview.alloc;
  exports dev.structview.leak;
  exports dev.structview.support;
}
