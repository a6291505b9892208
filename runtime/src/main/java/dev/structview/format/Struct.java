package dev.structview.format;

import dev.structview.buffer.Memory;
import dev.structview.buffer.ReadOnlyMemoryException;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A compiled struct format that packs and unpacks values: CPython's {@code struct.Struct}.
 *
 * <pre>{@code
 * Struct tick = Struct.of("<IhB");
 * byte[] bytes = tick.pack(1L, -2, 3);          // 01 00 00 00 fe ff 03
 * List<Object> values = tick.unpack(bytes);     // [1, -2, 3] as Long, Short, Integer
 * }</pre>
 *
 * <p>The format is parsed once, by {@link FormatParser}, when the {@code Struct} is made; every
 * call after that works from the parsed layout. {@link #of} caches instances, so repeated calls
 * with the same string cost a map lookup. Values map to Java types as {@link FormatCode}'s table
 * says. Instances are immutable and thread-safe.
 *
 * <p>Byte arrays and {@link ByteBuffer}s are both accepted. For a buffer, the bytes between its
 * position and limit are the data; its position, limit and byte order are never changed or used
 * (the format decides the byte order).
 *
 * <p>Errors follow CPython 3.13, in the same order: {@link StructException} where CPython raises
 * {@code struct.error}; {@link IllegalArgumentException} for its {@code TypeError} and
 * {@code OverflowError} (a {@code null} buffer, a float too large for {@code f} or {@code e});
 * {@link ReadOnlyBufferException} for packing into a read-only buffer. Where CPython would write
 * before failing, structview validates every value first: a failed {@code packInto} leaves the
 * buffer as it was.
 *
 * <p>Counts make records as large as memory of any size holds ({@code "600000000c"} is 600 MB of
 * one-byte values). Where Java has no room for one, any method fails with {@link StructException}
 * naming the size, never {@link OutOfMemoryError}: a record larger than a Java array, whose bytes
 * {@link #unpackFrom(Memory, long)} and {@link #packInto(Memory, long, Object...)} copy through one,
 * or values that do not fit the heap.
 */
public final class Struct {
  private static final int CACHE_LIMIT = 512;
  private static final Map<String, Struct> CACHE = new ConcurrentHashMap<>();

  private final StructFormat layout;
  private final FieldCodec[] codecs;
  private final long size;

  private Struct(StructFormat layout) {
    this.layout = layout;
    this.size = layout.size();
    this.codecs = layout.fields().stream()
        .map(FieldCodec::forField)
        .filter(Objects::nonNull)
        .toArray(FieldCodec[]::new);
  }

  /**
   * Returns the compiled form of a format, from a cache when it was compiled before.
   *
   * @param format a struct format such as {@code "<IhB"}
   * @return the compiled format
   * @throws FormatException if the format is not valid struct syntax
   * @throws IllegalArgumentException if {@code format} is null
   */
  public static Struct of(String format) {
    if (format == null) {
      throw new IllegalArgumentException("Struct() argument 1 must be a str or bytes object, not null");
    }
    Struct cached = CACHE.get(format);
    if (cached != null) {
      return cached;
    }
    Struct created = new Struct(FormatParser.parse(format));
    if (CACHE.size() >= CACHE_LIMIT) {
      CACHE.clear(); // as CPython's module cache: bounded, and cheap to refill
    }
    Struct raced = CACHE.putIfAbsent(format, created);
    return raced != null ? raced : created;
  }

  /**
   * Returns the size in bytes of a format's record: {@code struct.calcsize}.
   *
   * @throws FormatException if the format is not valid struct syntax
   * @throws IllegalArgumentException if {@code format} is null
   */
  public static long calcsize(String format) {
    return of(format).size();
  }

  /** Returns the format string exactly as given to {@link #of}. */
  public String format() {
    return layout.format();
  }

  /** Returns the record size in bytes. */
  public long size() {
    return size;
  }

  /** Returns the parsed layout: items, offsets and value count. */
  public StructFormat layout() {
    return layout;
  }

  /**
   * Packs values into a new array of {@link #size()} bytes.
   *
   * @param values one value per value the format consumes, as {@link FormatCode} describes
   * @return the packed bytes; pad bytes and string padding are zero
   * @throws StructException if the count of values is wrong, a value does not fit its code, or the
   *     record is larger than a Java array can be ({@link #packInto(Memory, long, Object...)} packs it)
   * @throws IllegalArgumentException if a float overflows {@code e} or standard {@code f}
   */
  public byte[] pack(Object... values) {
    checkCount("pack", values);
    byte[] out = allocate();
    encode(out, 0, values);
    return out;
  }

  /**
   * Packs values into {@code buffer} at {@code offset}; a negative offset counts from the end.
   * Bytes outside the record are untouched; if any value is bad, no byte is written. (CPython 3.13
   * differs in one case: it writes a zero byte at a {@code 0p} item's offset, past the record's end
   * when the item is last, as {@code pack_into('!b0p', buf, 0, 77, b'')} zeroes {@code buf[1]};
   * structview writes nothing for a {@code 0p} item.)
   *
   * @throws StructException if the count of values is wrong, the record does not fit the buffer
   *     at that offset, or a value does not fit its code
   * @throws IllegalArgumentException if {@code buffer} is null or a float overflows its code
   */
  public void packInto(byte[] buffer, long offset, Object... values) {
    checkCount("pack_into", values);
    requireWritable(buffer);
    int start = (int) start(Access.PACK, buffer.length, offset);
    packChecked(buffer, start, values);
  }

  /**
   * Packs values into {@code buffer} at {@code offset} from its position; a negative offset counts
   * back from its limit. The buffer's position, limit and byte order are not used or changed.
   *
   * @throws ReadOnlyBufferException if the buffer is read-only
   * @throws StructException if the count of values is wrong, the record does not fit the buffer
   *     at that offset, or a value does not fit its code
   * @throws IllegalArgumentException if {@code buffer} is null or a float overflows its code
   */
  public void packInto(ByteBuffer buffer, long offset, Object... values) {
    checkCount("pack_into", values);
    requireWritable(buffer);
    if (buffer.isReadOnly()) {
      throw new ReadOnlyMemoryException("pack_into needs writable memory: the ByteBuffer is read-only");
    }
    int start = buffer.position() + (int) start(Access.PACK, buffer.remaining(), offset);
    if (buffer.hasArray()) {
      packChecked(buffer.array(), buffer.arrayOffset() + start, values);
    } else {
      byte[] record = allocate();
      encode(record, 0, values);
      buffer.put(start, record);
    }
  }

  /**
   * Unpacks a buffer of exactly {@link #size()} bytes.
   *
   * @return the values, unmodifiable, as {@link FormatCode} describes
   * @throws StructException if {@code data} is not exactly {@link #size()} bytes long
   * @throws IllegalArgumentException if {@code data} is null
   */
  public List<Object> unpack(byte[] data) {
    requireBuffer(data);
    checkExactLength(data.length);
    return decode(data, 0);
  }

  /**
   * Unpacks the bytes between a buffer's position and limit, which must be exactly
   * {@link #size()} bytes.
   *
   * @throws StructException if the buffer's remaining bytes are not exactly {@link #size()}
   * @throws IllegalArgumentException if {@code data} is null
   */
  public List<Object> unpack(ByteBuffer data) {
    requireBuffer(data);
    checkExactLength(data.remaining());
    return decode(data, 0);
  }

  /** Unpacks a record at the start of {@code data}, which may be longer: {@code unpackFrom(data, 0)}. */
  public List<Object> unpackFrom(byte[] data) {
    return unpackFrom(data, 0);
  }

  /**
   * Unpacks a record at {@code offset}; a negative offset counts from the end.
   *
   * @throws StructException if the record does not fit the buffer at that offset
   * @throws IllegalArgumentException if {@code data} is null
   */
  public List<Object> unpackFrom(byte[] data, long offset) {
    requireBuffer(data);
    return decode(data, (int) start(Access.UNPACK, data.length, offset));
  }

  /**
   * Unpacks a record at {@code offset} from a buffer's position; a negative offset counts back from
   * its limit.
   *
   * @throws StructException if the record does not fit the buffer at that offset
   * @throws IllegalArgumentException if {@code data} is null
   */
  public List<Object> unpackFrom(ByteBuffer data, long offset) {
    requireBuffer(data);
    return decode(data, (int) start(Access.UNPACK, data.remaining(), offset));
  }

  /**
   * Returns an iterator over the consecutive records of {@code data}: {@code struct.iter_unpack}.
   * Records are read as the iterator advances.
   *
   * @throws StructException if the record size is 0 or {@code data} is not a whole number of records
   * @throws IllegalArgumentException if {@code data} is null
   */
  public Iterator<List<Object>> iterUnpack(byte[] data) {
    checkIterable(data, data == null ? 0 : data.length);
    return new RecordIterator(data.length, size, start -> decode(data, (int) start));
  }

  /**
   * Returns an iterator over the consecutive records between a buffer's position and limit, as
   * they are when this method is called.
   *
   * @throws StructException if the record size is 0 or the bytes are not a whole number of records
   * @throws IllegalArgumentException if {@code data} is null
   */
  public Iterator<List<Object>> iterUnpack(ByteBuffer data) {
    checkIterable(data, data == null ? 0 : data.remaining());
    ByteBuffer region = data.slice();
    return new RecordIterator(region.remaining(), size, start -> decode(region, (int) start));
  }

  /**
   * Packs values into memory of any size at {@code offset}; a negative offset counts from the end.
   * Bytes outside the record are untouched; if any value is bad, no byte is written.
   *
   * @throws dev.structview.buffer.ReadOnlyMemoryException if the memory is read-only
   * @throws StructException if the count of values is wrong, the record does not fit the memory at
   *     that offset, or a value does not fit its code
   * @throws IllegalArgumentException if {@code memory} is null or a float overflows its code
   */
  public void packInto(Memory memory, long offset, Object... values) {
    checkCount("pack_into", values);
    requireWritable(memory);
    if (memory.isReadOnly()) {
      throw new ReadOnlyMemoryException("pack_into needs writable memory: the Memory is read-only");
    }
    long start = start(Access.PACK, memory.byteSize(), offset);
    byte[] record = allocate();
    encode(record, 0, values);
    memory.copyFrom(record, 0, start, record.length);
  }

  /**
   * Unpacks a record at {@code offset} of memory of any size; a negative offset counts from the end.
   *
   * @throws StructException if the record does not fit the memory at that offset, or is larger than
   *     a Java array holds (its bytes could not be read into one)
   * @throws IllegalArgumentException if {@code memory} is null
   */
  public List<Object> unpackFrom(Memory memory, long offset) {
    requireBuffer(memory);
    return decode(memory, start(Access.UNPACK, memory.byteSize(), offset));
  }

  /**
   * Returns an iterator over the consecutive records of memory of any size:
   * {@code struct.iter_unpack}. Records are read as the iterator advances.
   *
   * @throws StructException if the record size is 0 or the memory is not a whole number of records
   * @throws IllegalArgumentException if {@code memory} is null
   */
  public Iterator<List<Object>> iterUnpack(Memory memory) {
    checkIterable(memory, memory == null ? 0 : memory.byteSize());
    return new RecordIterator(memory.byteSize(), size, start -> decode(memory, start));
  }

  @Override
  public String toString() {
    return "Struct[" + layout.format() + ", size=" + size + "]";
  }

  private void checkCount(String operation, Object[] values) {
    if (values == null) {
      throw new IllegalArgumentException(operation + " expected " + layout.valueCount()
          + " items for packing (got a null array); to pack one null, pass new Object[] {null}");
    }
    if (values.length != layout.valueCount()) {
      throw new StructException(operation + " expected " + layout.valueCount()
          + " items for packing (got " + values.length + ")");
    }
  }

  private static void requireBuffer(Object buffer) {
    if (buffer == null) {
      throw new IllegalArgumentException("a bytes-like object is required, not null");
    }
  }

  private static void requireWritable(Object buffer) {
    if (buffer == null) {
      throw new IllegalArgumentException("argument must be read-write bytes-like object, not null");
    }
  }

  private void checkExactLength(int length) {
    if (length != size) {
      throw new StructException("unpack requires a buffer of " + size + " bytes, got " + length);
    }
  }

  private void checkIterable(Object data, long length) {
    if (size == 0) {
      throw new StructException("cannot iteratively unpack with a struct of length 0");
    }
    requireBuffer(data);
    if (length % size != 0) {
      throw new StructException("iterative unpacking requires a buffer of a multiple of " + size
          + " bytes, got " + length);
    }
  }

  /** The two directions of offset access, with CPython's wording for each. */
  private enum Access {
    UNPACK("not enough data to unpack", "unpack_from", "unpacking"),
    PACK("no space to pack", "pack_into", "packing");

    final String shortOfSpace;
    final String function;
    final String verb;

    Access(String shortOfSpace, String function, String verb) {
      this.shortOfSpace = shortOfSpace;
      this.function = function;
      this.verb = verb;
    }
  }

  /**
   * Resolves an offset into a buffer of {@code length} bytes as CPython's {@code unpack_from} and
   * {@code pack_into} do, with their messages and in their order. A negative offset counts from
   * the end. The sum in the last message is unsigned, as CPython's {@code size_t} is.
   */
  private long start(Access access, long length, long offset) {
    if (offset < 0) {
      if (offset + size > 0) {
        throw new StructException(access.shortOfSpace + " " + size + " bytes at offset " + offset);
      }
      if (offset + length < 0) {
        throw new StructException("offset " + offset + " out of range for " + length + "-byte buffer");
      }
      offset += length;
    }
    if (length - offset < size) {
      throw new StructException(access.function + " requires a buffer of at least "
          + Long.toUnsignedString(size + offset) + " bytes for " + access.verb + " " + size
          + " bytes at offset " + offset + " (actual buffer size is " + length + ")");
    }
    return offset;
  }

  private byte[] allocate() {
    return allocate("pack");
  }

  /** Returns an array of one record, for {@code verb} ("pack" or "unpack"), or refuses one no array holds. */
  private byte[] allocate(String verb) {
    if (size > Integer.MAX_VALUE - 8) {
      throw new StructException("cannot " + verb + " " + size + " bytes into one Java array");
    }
    try {
      return new byte[(int) size];
    } catch (OutOfMemoryError e) {
      throw new StructException("cannot allocate " + size + " bytes to " + verb + ": " + e.getMessage());
    }
  }

  /** Validates every value, then zeroes the record and writes it: nothing changes on error. */
  private void packChecked(byte[] buffer, int start, Object[] values) {
    int at = 0;
    for (FieldCodec codec : codecs) {
      codec.check(values, at);
      at += codec.valueCount();
    }
    Arrays.fill(buffer, start, start + (int) size, (byte) 0);
    encode(buffer, start, values);
  }

  private void encode(byte[] buffer, int start, Object[] values) {
    int at = 0;
    for (FieldCodec codec : codecs) {
      codec.pack(buffer, start, values, at);
      at += codec.valueCount();
    }
  }

  private List<Object> decode(byte[] data, int start) {
    try {
      Object[] values = new Object[(int) layout.valueCount()];
      int at = 0;
      for (FieldCodec codec : codecs) {
        codec.unpack(data, start, values, at);
        at += codec.valueCount();
      }
      return new ValueList(values);
    } catch (OutOfMemoryError e) {
      // A count sizes the values: "600000000c" makes as many byte arrays, from a record that memory
      // of any size holds.
      throw new StructException("cannot allocate the " + layout.valueCount() + " values of a record to unpack: "
          + e.getMessage());
    }
  }

  private List<Object> decode(Memory memory, long start) {
    byte[] record = allocate("unpack"); // a record that fits memory of any size may still not fit an array
    memory.copyTo(start, record, 0, record.length);
    return decode(record, 0);
  }

  private List<Object> decode(ByteBuffer data, int start) {
    int at = data.position() + start;
    if (data.hasArray()) {
      return decode(data.array(), data.arrayOffset() + at);
    }
    byte[] record = allocate("unpack"); // fits an array (the record fits the buffer), perhaps not the heap
    data.get(at, record);
    return decode(record, 0);
  }
}
