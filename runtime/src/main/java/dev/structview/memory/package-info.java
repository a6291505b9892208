/**
 * The memory a record lives in: {@link dev.structview.memory.ByteStore}, byte-order reads and
 * writes at absolute indices over a {@code byte[]} or a {@code ByteBuffer} (heap, direct or
 * mapped), read-only when its memory is. Generated views and {@link dev.structview.view.RecordArray}
 * place records in a store; the store checks a whole record's range once, and its accessors then
 * index without checks of their own.
 */
package dev.structview.memory;
