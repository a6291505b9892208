package dev.structview.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.alloc.AllocationSite;
import dev.structview.alloc.AllocatorFamily;
import dev.structview.alloc.AllocatorStats;
import dev.structview.alloc.Block;
import dev.structview.alloc.BufferAllocator;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.Memory;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import dev.structview.buffer.ByteArray;
import dev.structview.buffer.Exporters;
import dev.structview.buffer.LiveExports;
import dev.structview.format.ByteOrderMode;
import dev.structview.format.FieldLayout;
import dev.structview.format.FormatCode;
import dev.structview.format.FormatParser;
import dev.structview.format.Struct;
import dev.structview.format.StructFormat;
import dev.structview.leak.Leak;
import dev.structview.leak.Tracker;
import dev.structview.memory.ArrayRegionStore;
import dev.structview.memory.ArrayStore;
import dev.structview.memory.BufferStore;
import dev.structview.memory.ByteStore;
import dev.structview.support.Support;
import dev.structview.testing.NullSweep;
import dev.structview.testing.NullSweepReport;
import dev.structview.testing.PublicApi;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import dev.structview.view.RecordCursor;
import dev.structview.view.RecordType;
import dev.structview.view.Slice;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of the runtime's packages, called with {@code null} in each
 * reference parameter in turn, answers with a normal return (where null means something: an
 * omitted slice bound, an absent shape, Python's None) or an {@link IllegalArgumentException}, never
 * a {@code NullPointerException} or another exception that DESIGN.md says never escapes.
 */
class NullArgumentSweepTest {
  private static final String[] PACKAGES = {
    "dev.structview.format", "dev.structview.buffer", "dev.structview.view", "dev.structview.alloc",
    "dev.structview.leak", "dev.structview.memory", "dev.structview.support", "dev.structview.internal",
  };

  /**
   * Every parameter that takes null and returns normally, with the meaning its javadoc gives null:
   * a new member that quietly accepts null fails the test until it is listed here, with a reason.
   */
  private static final Map<String, String> ACCEPTED = new TreeMap<>();

  static {
    for (String type : List.of("AllocationSite", "AllocatorStats", "BufferInfo", "FieldLayout", "Leak", "MemoryView",
        "Slice", "StructFormat", "Tracker$BlockInfo")) {
      ACCEPTED.put(type + ".equals(Object)#0", "Object.equals: false for null");
    }
    ACCEPTED.put("BufferAllocator.free(Block)#0", "PyMem_Free(NULL) does nothing");
    ACCEPTED.put("BufferAllocator.reallocate(Block,long)#0", "PyMem_Realloc(NULL, n) allocates");
    ACCEPTED.put("BufferException.<init>(String)#0", "Throwable: a null message");
    ACCEPTED.put("StructException.<init>(String)#0", "Throwable: a null message");
    ACCEPTED.put("ReadOnlyMemoryException.<init>(String)#0", "Throwable: a null message");
    ACCEPTED.put("ByteStore.checkWritable(String)#0", "the message of the refusal, a constant of generated code");
    ACCEPTED.put("Views.placeWritable(ByteStore,long,int,String)#3", "the message of the refusal, a constant of generated code");
    for (int i : new int[] {0, 2, 3}) {
      ACCEPTED.put("FormatException.<init>(String,int,String,String)#" + i, "an exception's parts describe: they never throw");
    }
    String info = "BufferInfo.<init>(ByteBuffer,long,long,boolean,long,String,int,long[],long[],long[],Object)#";
    ACCEPTED.put(info + 5, "format: null when FORMAT was not requested, \"B\"");
    ACCEPTED.put(info + 8, "strides: null when absent (C-contiguous)");
    ACCEPTED.put(info + 9, "suboffsets: null when absent");
    ACCEPTED.put(info + 10, "owner: the object that manages the memory, if any");
    ACCEPTED.put("BufferInfo.fillInfo(Object,ByteBuffer,long,long,boolean,int)#0", "owner, as PyBuffer_FillInfo's obj");
    ACCEPTED.put("BufferInfo.fillRegionInfo(Object,Memory,long,long,boolean,int)#0", "owner, as PyBuffer_FillInfo's obj");
    String full = "BufferInfo.<init>(ByteBuffer,long,long,boolean,long,String,int,long[],long[],long[],Object,Memory)#";
    ACCEPTED.put(full + 0, "memory: null when the region is given");
    ACCEPTED.put(full + 5, "format: null when FORMAT was not requested, \"B\"");
    ACCEPTED.put(full + 8, "strides: null when absent (C-contiguous)");
    ACCEPTED.put(full + 9, "suboffsets: null when absent");
    ACCEPTED.put(full + 10, "owner: the object that manages the memory, if any");
    ACCEPTED.put(full + 11, "region: null when the memory is given");
    String field = "FieldLayout.<init>(FormatCode,long,long,ByteOrderMode,int,String,StructFormat,long[])#";
    ACCEPTED.put(field + 5, "name: an unnamed field");
    ACCEPTED.put(field + 6, "nested: a field with a code has no nested struct");
    ACCEPTED.put(field + 7, "dims: no PEP 3118 subarray");
    for (String member : List.of("Slice.<init>(Long,Long,Long)#", "Slice.of(Long,Long,Long)#")) {
      for (int i = 0; i < 3; i++) {
        ACCEPTED.put(member + i, "an omitted slice bound or step, as Python's None");
      }
    }
    ACCEPTED.put("Slice.of(Long,Long)#0", "an omitted start");
    ACCEPTED.put("Slice.of(Long,Long)#1", "an omitted stop");
    for (String member : List.of("moveTo(Object,long)", "moveTo(Object,long,long)", "moveTo(Object,long[])")) {
      ACCEPTED.put("RecordArray." + member + "#0", "reuse: null makes a new view");
    }
    for (String member : List.of("isInteger", "isLongValued", "truthy")) {
      ACCEPTED.put("PyValues." + member + "(Object)#0", "None: not an integer, and falsy");
    }
    // The labels of internal helpers only name a field in a message; an exception being built must not throw.
    ACCEPTED.put("Conversions.encode(String,Charset,String)#2", "a message label");
    ACCEPTED.put("Conversions.lengthError(String,int,int)#0", "a message label");
    ACCEPTED.put("Conversions.requireBytes(byte[],String)#1", "a message label");
    ACCEPTED.put("Conversions.writeString(ByteStore,long,int,Charset,String,String)#5", "a message label");
    ACCEPTED.put("Require.copyOf(List,String)#1", "a message label");
    ACCEPTED.put("Require.nonNull(Object,String)#1", "a message label");
  }

  /** One shared allocator for block samples, so that a block and its allocator agree. */
  private static final BufferAllocator ALLOCATOR = BufferAllocator.heap();

  @Test
  void noPublicMemberOfTheRuntimeThrowsAnythingButIllegalArgumentExceptionForNull() {
    NullSweepReport report = sweep().run(PublicApi.classes(Struct.class, PACKAGES));
    System.out.println("NullArgumentSweepTest: " + report.summary());
    assertTrue(report.problems().isEmpty(), report::describeProblems);
    assertEquals(ACCEPTED.keySet(), report.accepted(), "the nulls the API accepts are the ones it documents");
    // A floor, so that a scan that quietly lost most of the API cannot pass.
    assertTrue(report.members() >= 100 && report.positions() >= 150, report::summary);
  }

  private static NullSweep sweep() {
    NullSweep sweep = new NullSweep().cleanup(NullArgumentSweepTest::release);
    formatTypes(sweep);
    bufferTypes(sweep);
    viewTypes(sweep);
    allocAndLeakTypes(sweep);
    internalTypes(sweep);
    return sweep;
  }

  private static void formatTypes(NullSweep sweep) {
    sweep.sample(String.class, () -> "<i")
        .sample(Object.class, () -> 1)
        .sample(Object[].class, () -> new Object[] {1})
        .sample(FormatCode.class, () -> FormatCode.INT)
        .sample(ByteOrderMode.class, () -> ByteOrderMode.LITTLE_ENDIAN)
        .sample(BigInteger.class, () -> BigInteger.ONE)
        .sample(Long.class, () -> 0L)
        .receiver(Struct.class, () -> Struct.of("<i"))
        .receiver(StructFormat.class, () -> FormatParser.parseExtended("<i:x:"))
        .receiver(FieldLayout.class, () -> FormatParser.parse("<i").fields().get(0))
        // a field has a code or a nested struct, never both: null is the valid nested struct here
        .arguments("FieldLayout.<init>(FormatCode,long,long,ByteOrderMode,int,String,StructFormat,long[])",
            () -> new Object[] {FormatCode.INT, 1L, 0L, ByteOrderMode.LITTLE_ENDIAN, 0, "x", null, new long[] {1}});
  }

  private static void bufferTypes(NullSweep sweep) {
    sweep.sample(byte[].class, () -> new byte[4])
        .sample(ByteBuffer.class, () -> ByteBuffer.allocate(4))
        .sample(long[].class, () -> new long[] {0})
        .sample(BufferExporter.class, () -> Exporters.writable(new byte[4]))
        .sample(BufferInfo.class, NullArgumentSweepTest::info)
        .sample(Memory.class, () -> Memory.of(new byte[8]))
        .sample(Path.class, NullArgumentSweepTest::file)
        .sample(FileChannel.MapMode.class, () -> FileChannel.MapMode.READ_ONLY)
        .sample(FileChannel.class, NullArgumentSweepTest::channel)
        .receiver(Memory.class, () -> Memory.of(new byte[8]))
        .arguments("BufferInfo.<init>(ByteBuffer,long,long,boolean,long,String,int,long[],long[],long[],Object,Memory)",
            () -> new Object[] {ByteBuffer.allocate(4), 0L, 4L, false, 1L, "B", 1, new long[] {4}, new long[] {1}, null, null,
                Memory.of(new byte[4])})
        .receiver(BufferExporter.class, () -> Exporters.readOnly(new byte[4]))
        .receiver(ByteArray.class, () -> new ByteArray(new byte[4]))
        .receiver(LiveExports.class, NullArgumentSweepTest::holdingInfo)
        .receiver(BufferInfo.class, NullArgumentSweepTest::info)
        // the samples' zero itemsize is refused; a 1-D "B" buffer of four bytes
        .arguments("BufferInfo.<init>(ByteBuffer,long,long,boolean,long,String,int,long[],long[],long[],Object)",
            () -> new Object[] {ByteBuffer.allocate(4), 0L, 4L, false, 1L, "B", 1, new long[] {4}, new long[] {1}, null, null});
  }

  /** A temporary file of 4 bytes (one record of the sweep's records), deleted when the JVM exits. */
  private static Path file() {
    try {
      Path file = java.nio.file.Files.write(java.nio.file.Files.createTempFile("null-sweep", ".bin"), new byte[4]);
      file.toFile().deleteOnExit();
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A channel over a temporary file of 4 bytes. */
  private static FileChannel channel() {
    try {
      return FileChannel.open(file(), java.nio.file.StandardOpenOption.READ);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void viewTypes(NullSweep sweep) {
    sweep.sample(RecordType.class, IntRecords::new)
        .receiver(MemoryView.class, () -> MemoryView.of(new byte[4]))
        .receiver(RecordArray.class, () -> RecordArray.over(new IntRecords(), new byte[4]))
        .receiver(Slice.class, () -> Slice.ALL)
        .receiver(RecordCursor.class, () -> (RecordCursor<?>) RecordArray.over(new IntRecords(), new byte[4]).spliterator())
        .arguments("MemoryView.cast(String,long[])", () -> new Object[] {"B", new long[] {2, 2}})
        .arguments("MemoryView.hex(String,int)", () -> new Object[] {":", 1})
        .arguments("MemoryView.setSlice(Slice,Object)", () -> new Object[] {Slice.ALL, new byte[4]})
        .receiver("RecordArray.moveTo(Object,long,long)", () -> RecordArray.over(new IntRecords(), grid()))
        // a view of exactly one record, as wrap(view) takes
        .arguments("Views.single(RecordType,MemoryView)", () -> new Object[] {new IntRecords(), MemoryView.of(new byte[4])});
  }

  private static void allocAndLeakTypes(NullSweep sweep) {
    sweep.sample(List.class, List::of)
        .sample(Leak.Kind.class, () -> Leak.Kind.BLOCK)
        .sample(Tracker.BlockInfo.class, () -> new Tracker.BlockInfo("sweep", "HEAP", 1, 8, List.of()))
        .sample(Block.class, () -> ALLOCATOR.allocate(8))
        .receiver(BufferAllocator.class, () -> ALLOCATOR)
        .receiver(BufferAllocator.Builder.class, () -> BufferAllocator.builder(AllocatorFamily.HEAP))
        .receiver(Block.class, () -> ALLOCATOR.allocate(8))
        .receiver(AllocationSite.class, () -> AllocationSite.UNTRACKED)
        .receiver(AllocatorStats.class, ALLOCATOR::stats)
        .receiver(Leak.class, () -> new Leak(1, Leak.Kind.BLOCK, "sweep", "main", List.of(), false))
        .receiver(Tracker.BlockInfo.class, () -> new Tracker.BlockInfo("sweep", "HEAP", 1, 8, List.of()));
  }

  private static void internalTypes(NullSweep sweep) {
    sweep.sample(ByteStore.class, () -> ByteStore.of(new byte[16]))
        .sample(Charset.class, () -> StandardCharsets.US_ASCII)
        .arguments("Support.requireVersion(int,Class)", () -> new Object[] {Support.VERSION, Object.class})
        .receiver(ByteStore.class, () -> ByteStore.of(new byte[16]))
        .receiver(ArrayStore.class, () -> (ArrayStore) ByteStore.of(new byte[16]))
        .receiver(ArrayRegionStore.class,
            () -> (ArrayRegionStore) ByteStore.of(ByteBuffer.wrap(new byte[20], 4, 16).slice()))
        .receiver(BufferStore.class, () -> (BufferStore) ByteStore.of(ByteBuffer.allocateDirect(16)))
        .noReceiver(RecordType.class, "implemented by generated code and callers, not by the runtime: nothing to sweep")
        // eight bytes for the eight-byte accesses
        .arguments("ByteAccess.getLong(byte[],int,boolean)", () -> new Object[] {new byte[8], 0, false})
        .arguments("ByteAccess.putLong(byte[],int,boolean,long)", () -> new Object[] {new byte[8], 0, false, 0L})
        .arguments("ByteAccess.getSigned(byte[],int,int,boolean)", () -> new Object[] {new byte[8], 0, 8, false})
        .arguments("ByteAccess.getUnsigned(byte[],int,int,boolean)", () -> new Object[] {new byte[8], 0, 8, false})
        .arguments("ByteAccess.putBits(byte[],int,int,boolean,long)", () -> new Object[] {new byte[8], 0, 8, false, 0L})
        // counts that make the methods touch the store: a zero count might return before reading it
        .arguments("Conversions.readPascal(ByteStore,long,int)", () -> new Object[] {ByteStore.of(new byte[16]), 0, 4})
        .arguments("Conversions.writePascal(ByteStore,long,int,byte[])",
            () -> new Object[] {ByteStore.of(new byte[16]), 0, 4, new byte[2]})
        .arguments("Strides.isContiguous(long[],long[],long,boolean)", () -> new Object[] {new long[] {2}, new long[] {1}, 1L, false})
        // the store is 16 bytes; the samples' zero index and count write nothing, the sample string is "<i"
        .arguments("Conversions.writeString(ByteStore,long,int,Charset,String,String)",
            () -> new Object[] {ByteStore.of(new byte[16]), 0, 4, StandardCharsets.US_ASCII, "ab", "s"});
  }

  /** One descriptor for every sample, so that a receiver can hold it live (LiveExports.remove). */
  private static final BufferInfo INFO = BufferInfo.fillInfo(null, ByteBuffer.allocate(4), 0, 4, false,
      BufferFlags.FULL_RO);

  private static BufferInfo info() {
    return INFO;
  }

  private static LiveExports holdingInfo() {
    LiveExports exports = new LiveExports();
    exports.add(INFO);
    return exports;
  }

  /** A 2 x 2 grid of native ints, exported with its shape, for the 2-D record array. */
  private static BufferExporter grid() {
    return flags -> new BufferInfo(ByteBuffer.allocate(16), 0, 16, false, 4, "i", 2, new long[] {2, 2},
        new long[] {8, 4}, null, null);
  }

  /** Frees what a call left behind, so the sweep leaves no leak for the leak tests to find. */
  private static void release(Object value) {
    if (value instanceof Block && ((Block) value).isLive()) {
      ALLOCATOR.free((Block) value);
    } else if (value instanceof MemoryView) {
      ((MemoryView) value).release();
    } else if (value instanceof RecordArray) {
      ((RecordArray<?>) value).close();
    } else if (value instanceof Tracker.Handle) {
      ((Tracker.Handle) value).release();
    } else if (value instanceof BufferAllocator && value != ALLOCATOR) {
      ((BufferAllocator) value).close();
    }
  }

  /** Records of one native {@code i}, each "view" a plain Object, so any object is a valid reuse argument. */
  private static final class IntRecords implements RecordType<Object> {
    @Override
    public String format() {
      return "i";
    }

    @Override
    public int size() {
      return 4;
    }

    @Override
    public boolean writable() {
      return true;
    }

    @Override
    public Object move(Object view, ByteStore store, long position) {
      return new Object();
    }
  }
}
