package dev.structview.buffer;

import java.nio.ByteBuffer;

/**
 * A run of another {@link Memory}'s bytes, shared, indexed from 0: what {@link Memory#region}
 * returns. Every access is the parent's, moved by the region's start, so a region reads a mapping
 * of any size as its parent does, and fails as its parent does once the parent is closed.
 */
final class RegionMemory extends Memory {
  private final Memory parent;
  private final long start;
  private final long size;

  /** The {@code size} bytes of {@code parent} from {@code start}, which the caller has checked. */
  RegionMemory(Memory parent, long start, long size) {
    super(parent.isReadOnly());
    this.parent = parent;
    this.start = start;
    this.size = size;
  }

  /** A region of a region is a region of the first parent: accesses never go through a chain. */
  static Memory of(Memory memory, long start, long size) {
    if (memory instanceof RegionMemory region) {
      return new RegionMemory(region.parent, region.start + start, size);
    }
    return new RegionMemory(memory, start, size);
  }

  @Override
  public long byteSize() {
    return size;
  }

  @Override
  Object storage() {
    return parent.storage();
  }

  @Override
  long storageIndex(long index) {
    return parent.storageIndex(start + index);
  }

  @Override
  byte byteAt(long index) {
    return parent.byteAt(start + index);
  }

  @Override
  short shortAt(long index, boolean bigEndian) {
    return parent.shortAt(start + index, bigEndian);
  }

  @Override
  int intAt(long index, boolean bigEndian) {
    return parent.intAt(start + index, bigEndian);
  }

  @Override
  long longAt(long index, boolean bigEndian) {
    return parent.longAt(start + index, bigEndian);
  }

  @Override
  void putByteAt(long index, byte value) {
    parent.putByteAt(start + index, value);
  }

  @Override
  void putShortAt(long index, boolean bigEndian, short value) {
    parent.putShortAt(start + index, bigEndian, value);
  }

  @Override
  void putIntAt(long index, boolean bigEndian, int value) {
    parent.putIntAt(start + index, bigEndian, value);
  }

  @Override
  void putLongAt(long index, boolean bigEndian, long value) {
    parent.putLongAt(start + index, bigEndian, value);
  }

  @Override
  void copyOut(long index, byte[] target, int targetIndex, int length) {
    parent.copyOut(start + index, target, targetIndex, length);
  }

  @Override
  void copyIn(byte[] source, int sourceIndex, long index, int length) {
    parent.copyIn(source, sourceIndex, start + index, length);
  }

  @Override
  ByteBuffer sliceAt(long index, int length) {
    return parent.sliceAt(start + index, length);
  }

  /** Does nothing: the region's bytes belong to its parent, which closes them. */
  @Override
  public void close() {}

  @Override
  public boolean isClosed() {
    return parent.isClosed();
  }
}
