package dev.structview.fuzz;

import dev.structview.buffer.BufferFlags;
import dev.structview.view.MemoryView;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;

/**
 * The first view of a fuzz chain and the memory under it: an array, a heap, read-only or direct
 * buffer, or an {@link NdExporter} with random shape and strides whose elements are scattered
 * between guard bytes. Built from a seed, so a failing chain names its root by two numbers.
 *
 * @param kind which kind of root, 0 to 6
 * @param seed the seed of its layout and bytes
 */
record ViewRoot(int kind, long seed) {
  static final byte GUARD = (byte) 0xA5;
  /** Exporter formats other than native codes: struct formats, PEP 3118 ones and junk. */
  static final String[] OTHER_FORMATS = {"<i", ">h", "=q", "2B", "<ih", "3s", "!I", "xB", "<e", "@", "",
      "T{<i:x:}", "Zd", "g", "w", "<", "3x"};
  static final long[] OTHER_SIZES = {1, 2, 3, 4, 6, 8};
  static final int[] REQUESTS = {BufferFlags.FULL_RO, BufferFlags.FULL, BufferFlags.RECORDS_RO,
      BufferFlags.STRIDED_RO, BufferFlags.CONTIG_RO, BufferFlags.CONTIG, BufferFlags.SIMPLE, BufferFlags.ND,
      BufferFlags.C_CONTIGUOUS, BufferFlags.F_CONTIGUOUS, BufferFlags.ANY_CONTIGUOUS, BufferFlags.WRITABLE};

  /** What was built: the memory, the first view (null if the exporter refused), and the model's first view. */
  record Built(ByteBuffer memory, MemoryView view, ViewModel.View model, NdExporter exporter, String refusal) {}

  Built build() {
    Random random = new Random(seed);
    if (kind <= 3) {
      return bytes(random);
    }
    return exporter(random);
  }

  private Built bytes(Random random) {
    int n = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(48);
    byte[] data = new byte[n];
    random.nextBytes(data);
    if (kind == 0) {
      return new Built(ByteBuffer.wrap(data), MemoryView.of(data),
          new ViewModel.View("B", 1, new long[] {n}, new long[] {1}, 0, false), null, null);
    }
    int lead = 5;
    ByteBuffer whole = kind == 3 ? ByteBuffer.allocateDirect(n + 2 * lead) : ByteBuffer.wrap(new byte[n + 2 * lead]);
    for (int i = 0; i < whole.capacity(); i++) {
      whole.put(i, i >= lead && i < lead + n ? data[i - lead] : GUARD);
    }
    ByteBuffer region = whole.duplicate().position(lead).limit(lead + n);
    if (kind == 2) {
      region = region.asReadOnlyBuffer();
    }
    // Exporters.of(buffer) exports position..limit as a slice: positions in the model are relative to it.
    ByteBuffer memory = region.slice();
    ViewModel.View model = new ViewModel.View("B", 1, new long[] {n}, new long[] {1}, 0, kind == 2);
    return new Built(memory, MemoryView.of(region), model, null, null);
  }

  private Built exporter(Random random) {
    char code = ViewModel.CODES.charAt(random.nextInt(ViewModel.CODES.length()));
    String format = (random.nextInt(5) == 0 ? "@" : "") + code;
    long itemsize = ViewModel.size(code);
    if (random.nextInt(4) == 0) {   // beyond CPython: struct formats, and formats no one can read
      format = OTHER_FORMATS[random.nextInt(OTHER_FORMATS.length)];
      itemsize = OTHER_SIZES[random.nextInt(OTHER_SIZES.length)];
    }
    int ndim = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3);
    long[] shape = new long[ndim];
    long[] strides = new long[ndim];
    long step = itemsize;
    for (int d = ndim - 1; d >= 0; d--) {
      shape[d] = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(4);
      strides[d] = step;
      step *= Math.max(shape[d], 1) + (random.nextInt(3) == 0 ? 1 : 0);   // sometimes a gap
    }
    if (ndim > 1 && random.nextBoolean()) {   // Fortran order
      long s = itemsize;
      for (int d = 0; d < ndim; d++) {
        strides[d] = s;
        s *= Math.max(shape[d], 1);
      }
    }
    for (int d = 0; d < ndim; d++) {
      int r = random.nextInt(6);
      strides[d] = r == 0 ? -strides[d] : r == 1 && random.nextInt(4) == 0 ? 0 : strides[d];
    }
    long low = 0;
    long high = itemsize;
    boolean empty = Arrays.stream(shape).anyMatch(e -> e == 0);
    for (int d = 0; d < ndim && !empty; d++) {
      low += Math.min(0, strides[d] * (shape[d] - 1));
      high += Math.max(0, strides[d] * (shape[d] - 1));
    }
    int lead = 3 + random.nextInt(5);
    int span = (int) (high - low);
    int length = lead + span + 3 + random.nextInt(5);
    ByteBuffer memory = kind == 5 ? ByteBuffer.allocateDirect(length) : ByteBuffer.wrap(new byte[length]);
    for (int i = 0; i < length; i++) {
      memory.put(i, GUARD);
    }
    long offset = lead - low;
    boolean readonly = random.nextInt(3) == 0;
    NdExporter exporter = new NdExporter(memory, offset, format, itemsize, shape, strides, readonly);
    ViewModel.View full = new ViewModel.View(format, itemsize, shape, strides, offset, readonly);
    for (long p : full.positions(false)) {
      for (int i = 0; i < itemsize; i++) {
        memory.put((int) p + i, (byte) random.nextInt(256));
      }
    }
    int flags = kind == 6 ? REQUESTS[random.nextInt(REQUESTS.length)] : BufferFlags.FULL_RO;
    ViewModel.View first = firstView(exporter, flags);
    try {
      return new Built(memory, MemoryView.of(exporter, flags), first, exporter, null);
    } catch (dev.structview.buffer.BufferException e) {
      return new Built(memory, null, first, exporter, e.getMessage());
    }
  }

  /**
   * What the first view of an export looks like ({@code mbuf_add_view}: an absent shape is
   * {@code [len / itemsize]}, absent strides are C strides, an absent format is "B"), or null
   * where the exporter refuses the request.
   */
  static ViewModel.View firstView(NdExporter e, int flags) {
    boolean c = e.contiguous(false);
    boolean f = e.contiguous(true);
    if (BufferFlags.has(flags, BufferFlags.WRITABLE) && e.readonly
        || BufferFlags.has(flags, BufferFlags.C_CONTIGUOUS) && !c
        || BufferFlags.has(flags, BufferFlags.F_CONTIGUOUS) && !f
        || BufferFlags.has(flags, BufferFlags.ANY_CONTIGUOUS) && !c && !f
        || !BufferFlags.has(flags, BufferFlags.STRIDES) && !c
        || !BufferFlags.has(flags, BufferFlags.ND) && BufferFlags.has(flags, BufferFlags.FORMAT)) {
      return null;
    }
    String format = BufferFlags.has(flags, BufferFlags.FORMAT) ? e.format : "B";
    long[] shape = BufferFlags.has(flags, BufferFlags.ND) ? e.shape.clone() : new long[] {e.len() / e.itemsize};
    long[] strides = new long[shape.length];
    if (BufferFlags.has(flags, BufferFlags.STRIDES)) {
      System.arraycopy(e.strides, 0, strides, 0, shape.length);
    } else {
      long s = e.itemsize;
      for (int d = shape.length - 1; d >= 0; d--) {
        strides[d] = s;
        s *= shape[d];
      }
    }
    return new ViewModel.View(format, e.itemsize, shape, strides, e.offset, e.readonly);
  }
}
