package dev.structview.memory;

import dev.structview.buffer.Memory;
import dev.structview.buffer.ReadOnlyMemoryException;
import dev.structview.internal.Require;
import java.lang.invoke.MethodHandles;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;


/**
 * The memory a generated view reads and writes: a {@code byte[]}, a {@link ByteBuffer}, or (on
 * JDK 22 and later) a {@link Memory} of any size, with byte-order access at absolute {@code long}
 * indices. Not API: generated code uses it and its signatures may change between releases.
 *
 * <p>Why {@code long} indices over stores that an {@code int} indexes: a view's offset is a
 * {@code long}, so that one store can hold a mapping past 2 GiB and one loop can cross it
 * (BENCHMARKS.md, W6). A store of at most 2 GiB narrows the index back with a cast, which the JIT
 * folds into the {@code int} arithmetic of the caller: a loop over a {@code byte[]} still has its
 * bounds checks hoisted (W1i, measured before and after in turns). The cast checks nothing: index
 * only what {@link #checkRecord} placed, as generated code does.
 *
 * <p>A view checks its whole record once, with {@link #checkRecord}, when it is wrapped or moved;
 * its accessors then index without further checks of their own (the JVM's own bounds checks remain,
 * and the JIT folds them into the record check where it can). The byte order argument of each
 * method is a constant in generated code, so the JIT folds the branch away.
 */
public abstract class ByteStore {
  /** Whether the platform is big-endian: the order of {@code @} and {@code =} formats. */
  public static final boolean NATIVE_BIG_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN;

  /**
   * The number of addressable bytes, complemented ({@code ~length}, negative) when writes are
   * refused. One field for two facts, so that an {@link ArrayRegionStore} (this, its array and
   * its base) is a 24-byte object: JDK 17's escape analysis removes a view that {@code wrap} makes
   * and the caller does not keep, but not the store the view holds, and with a {@code boolean}
   * apart that store took 32 bytes (BENCHMARKS.md, W4). A field, not a virtual call, so that the
   * check every generated write makes ({@link #checkWritable}) is one load and one branch, and the
   * record check's bound is an invariant a loop computes once.
   */
  private final int limit;

  ByteStore(int length, boolean readOnly) {
    this.limit = readOnly ? ~length : length;
  }

  /**
   * Whether {@link #initializeClasses} initializes the store classes: on JDK 17 to 21. Measured on
   * JDK 17 and 25 (BENCHMARKS.md, W8, 2026-12-07 16:02): JDK 17's loops over a {@code byte[]} ran
   * 8 to 12 times slower after the view type read a direct buffer, and with the classes initialized
   * at parity when the direct buffer was read by other loops and 4 to 6 times slower when by the
   * same; JDK 25's kept their speed either way without it, and lost it with it in a loop that reads
   * both kinds (0.46-0.52 to 2.6-2.8 ns a record). JDKs 18 to 21, not measured, are taken as 17,
   * on the line where the runtime's multi-release jar also changes its bodies.
   */
  private static final boolean INITIALIZES_CLASSES = Runtime.version().feature() < 22;

  /**
   * Initializes every store class on JDK 17 to 21, if not yet: what each generated class has done,
   * through {@code Support}, before any of its code runs. With one store class linked, the JIT
   * binds a view's accessors to it by class hierarchy analysis, and their calls are then counted
   * without their receiver (so the compile log's counts say). When a second class is linked (a
   * program that read a direct buffer first meets a {@code byte[]}), those calls recompile, and
   * their profile (calls counted beside two recorded classes, but not recorded) looks megamorphic:
   * JDK 17's C2 compiled the accessors' calls to the store as virtual calls
   * ({@code -XX:+LogCompilation}). Loading a class is not enough: the hierarchy analysis skips
   * classes not yet linked. Not from this class's own
   * initializer: a thread that initializes a store class first holds it while it waits for this
   * one, a deadlock.
   */
  public static void initializeClasses() {
    if (!INITIALIZES_CLASSES) {
      return;
    }
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    for (Class<?> c : List.of(ArrayStore.class, ArrayRegionStore.class, BufferStore.class, MemoryStore.class)) {
      try {
        lookup.ensureInitialized(c);
      } catch (IllegalAccessException e) {
        throw new AssertionError("a store class of this package is not accessible here", e);
      }
    }
  }

  /**
   * Returns a store over a whole array, writable.
   *
   * @throws IllegalArgumentException if {@code array} is null
   */
  public static ByteStore of(byte[] array) {
    return new ArrayStore(Require.nonNull(array, "array"), array.length, false);
  }

  /**
   * Returns a store over a buffer's bytes from index 0 to its limit, indexed absolutely as a
   * {@link dev.structview.buffer.BufferInfo}'s memory is; read-only iff the buffer is. A writable
   * heap buffer is accessed through its array.
   *
   * @throws IllegalArgumentException if {@code buffer} is null
   */
  public static ByteStore of(ByteBuffer buffer) {
    return of(buffer, false);
  }

  /**
   * Returns a store over a buffer as {@link #of(ByteBuffer)} does, read-only if the buffer is or if
   * {@code readOnly} is true: an export's {@code readonly} flag binds even when its memory could be
   * written. A writable heap buffer keeps the array fast path either way.
   *
   * @throws IllegalArgumentException if {@code buffer} is null
   */
  public static ByteStore of(ByteBuffer buffer, boolean readOnly) {
    Require.nonNull(buffer, "buffer");
    if (buffer.hasArray()) {
      int base = buffer.arrayOffset();
      return base == 0
          ? new ArrayStore(buffer.array(), buffer.limit(), readOnly)
          : new ArrayRegionStore(buffer.array(), base, buffer.limit(), readOnly);
    }
    return DirectStores.of(buffer, readOnly);
  }

  /**
   * Returns the number of addressable bytes, or {@link Integer#MAX_VALUE} for a store of more: the
   * bound of {@link #checkRecord(int, int)}, which checks a record past it again by
   * {@link #byteSize()}.
   */
  public final int length() {
    return limit ^ (limit >> 31);
  }

  /** Returns the number of addressable bytes, which may pass {@link Integer#MAX_VALUE}. */
  public long byteSize() {
    return length();
  }

  /** Returns whether writes are refused. */
  public final boolean isReadOnly() {
    return limit < 0;
  }

  /**
   * Refuses a write to read-only memory; every generated write calls this first. The message is a
   * constant of the generated code, so the write path pays one field check and no allocation.
   *
   * @param refusal what is not writable, such as
   *     {@code "TickView over read-only memory: id is not writable"}
   * @throws ReadOnlyMemoryException with {@code refusal} if this store is read-only
   */
  public final void checkWritable(String refusal) {
    if (limit < 0) {
      throw new ReadOnlyMemoryException(refusal);
    }
  }

  /**
   * Checks that {@code size} bytes from {@code offset} lie in this store.
   *
   * <p>The arithmetic is {@code int} on purpose: it cannot overflow ({@code length() - size} of two
   * non-negative ints), and C2 then sees the check as a range check on the loop variable of a
   * {@code moveTo} loop and removes the accessors' own array bounds checks. In {@code long}
   * arithmetic it did neither, and a scan of {@code "<IhB"} records ran at half the speed of
   * hand-written VarHandle code (BENCHMARKS.md, "Making it fast"). A store past 2 GiB, whose
   * {@link #length()} stops at {@link Integer#MAX_VALUE}, checks a record that passes it again in
   * {@code long} arithmetic: a path a loop never takes over smaller stores, which the JIT leaves
   * out of the loop as it leaves the throw.
   *
   * @return {@code offset}, for indexing
   * @throws IndexOutOfBoundsException naming the offset, size and length
   */
  public final int checkRecord(int offset, int size) {
    if (offset < 0 || size < 0 || offset > length() - size) {
      return (int) checkRecord((long) offset, (long) size);
    }
    return offset;
  }

  /**
   * Checks that {@code size} bytes from {@code offset} lie in this store, at any offset: what places
   * the records of an array past 2 GiB.
   *
   * @return {@code offset}, for indexing
   * @throws IndexOutOfBoundsException naming the offset, size and length
   */
  public final long checkRecord(long offset, long size) {
    long length = byteSize();
    if (offset < 0 || size < 0 || offset > length - size) {
      throw new IndexOutOfBoundsException("record does not fit: offset=" + offset + " size=" + size
          + " length=" + length);
    }
    return offset;
  }

  /** Reads a byte. */
  public abstract byte getByte(long index);

  /** Reads a 16-bit value. */
  public abstract short getShort(long index, boolean bigEndian);

  /** Reads a 32-bit value. */
  public abstract int getInt(long index, boolean bigEndian);

  /** Reads a 64-bit value. */
  public abstract long getLong(long index, boolean bigEndian);

  /** Writes a byte. */
  public abstract void putByte(long index, byte value);

  /** Writes a 16-bit value. */
  public abstract void putShort(long index, boolean bigEndian, short value);

  /** Writes a 32-bit value. */
  public abstract void putInt(long index, boolean bigEndian, int value);

  /** Writes a 64-bit value. */
  public abstract void putLong(long index, boolean bigEndian, long value);

  /**
   * Copies {@code length} bytes at {@code index} into {@code target}.
   *
   * @throws IllegalArgumentException if {@code target} is null
   */
  public abstract void copyTo(long index, byte[] target, int targetIndex, int length);

  /**
   * Copies {@code length} bytes from {@code source} to {@code index}.
   *
   * @throws IllegalArgumentException if {@code source} is null
   */
  public abstract void copyFrom(byte[] source, int sourceIndex, long index, int length);

  /** Sets {@code length} bytes at {@code index} to zero. */
  public abstract void clear(long index, int length);

  /**
   * Returns the memory as a buffer indexed as this store is, for buffer-protocol exports.
   *
   * @throws UnsupportedOperationException for a store of more bytes than a buffer holds
   */
  public abstract ByteBuffer asByteBuffer();
}
