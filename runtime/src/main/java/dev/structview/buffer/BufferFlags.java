package dev.structview.buffer;

import dev.structview.internal.Require;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code PyBUF_*} request flags, with CPython's values, and the check of a descriptor against a
 * request.
 *
 * <p>A request is a bit set. The compound requests contain the bits they imply ({@link #STRIDES}
 * contains {@link #ND}; {@link #C_CONTIGUOUS} contains {@link #STRIDES}), so a request is tested
 * with {@link #has}, bit containment, as CPython's {@code REQ_*} macros do.
 *
 * <table class="striped">
 *   <caption>What a request promises the consumer</caption>
 *   <thead><tr><th>request</th><th>shape</th><th>strides</th><th>suboffsets</th><th>contiguity</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@link #INDIRECT}</td><td>yes</td><td>yes</td><td>if needed</td><td>any</td></tr>
 *     <tr><td>{@link #STRIDES}</td><td>yes</td><td>yes</td><td>none</td><td>any</td></tr>
 *     <tr><td>{@link #ND}</td><td>yes</td><td>none</td><td>none</td><td>C</td></tr>
 *     <tr><td>{@link #SIMPLE}</td><td>none</td><td>none</td><td>none</td><td>C, bytes</td></tr>
 *     <tr><td>{@link #C_CONTIGUOUS} / {@link #F_CONTIGUOUS} / {@link #ANY_CONTIGUOUS}</td><td>yes</td><td>yes</td><td>none</td><td>C / F / either</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>{@link #FORMAT} asks for the format string (without it the format is {@code null}, meaning
 * unsigned bytes); {@link #WRITABLE} asks for writable memory (without it, either is fine).
 */
public final class BufferFlags {
  /** No shape, strides or format: a C-contiguous run of bytes. */
  public static final int SIMPLE = 0;
  /** The memory must be writable. */
  public static final int WRITABLE = 0x0001;
  /** The format string must be provided. */
  public static final int FORMAT = 0x0004;
  /** The shape must be provided; the memory is C-contiguous. */
  public static final int ND = 0x0008;
  /** Shape and strides must be provided (contains {@link #ND}). */
  public static final int STRIDES = 0x0010 | ND;
  /** The memory must be C-contiguous (contains {@link #STRIDES}). */
  public static final int C_CONTIGUOUS = 0x0020 | STRIDES;
  /** The memory must be Fortran-contiguous (contains {@link #STRIDES}). */
  public static final int F_CONTIGUOUS = 0x0040 | STRIDES;
  /** The memory must be C- or Fortran-contiguous (contains {@link #STRIDES}). */
  public static final int ANY_CONTIGUOUS = 0x0080 | STRIDES;
  /** Suboffsets may be provided (contains {@link #STRIDES}). */
  public static final int INDIRECT = 0x0100 | STRIDES;
  /** {@link #ND} and {@link #WRITABLE}. */
  public static final int CONTIG = ND | WRITABLE;
  /** {@link #ND}. */
  public static final int CONTIG_RO = ND;
  /** {@link #STRIDES} and {@link #WRITABLE}. */
  public static final int STRIDED = STRIDES | WRITABLE;
  /** {@link #STRIDES}. */
  public static final int STRIDED_RO = STRIDES;
  /** {@link #STRIDES}, {@link #WRITABLE} and {@link #FORMAT}. */
  public static final int RECORDS = STRIDES | WRITABLE | FORMAT;
  /** {@link #STRIDES} and {@link #FORMAT}. */
  public static final int RECORDS_RO = STRIDES | FORMAT;
  /** {@link #INDIRECT}, {@link #WRITABLE} and {@link #FORMAT}: everything. */
  public static final int FULL = INDIRECT | WRITABLE | FORMAT;
  /** {@link #INDIRECT} and {@link #FORMAT}: everything, read-only allowed. */
  public static final int FULL_RO = INDIRECT | FORMAT;
  /** For {@code PyMemoryView_FromMemory} only: not a request. */
  public static final int READ = 0x100;
  /** For {@code PyMemoryView_FromMemory} only: not a request. */
  public static final int WRITE = 0x200;
  /** The largest number of dimensions a buffer may have. */
  public static final int MAX_NDIM = 64;

  /** Named requests, widest first, so that a name absorbs as many bits as it can. */
  private static final int[] NAMED = {FULL, FULL_RO, RECORDS, RECORDS_RO, INDIRECT, ANY_CONTIGUOUS,
      F_CONTIGUOUS, C_CONTIGUOUS, STRIDED, STRIDED_RO, CONTIG, ND, FORMAT, WRITABLE};
  private static final String[] NAMES = {"FULL", "FULL_RO", "RECORDS", "RECORDS_RO", "INDIRECT",
      "ANY_CONTIGUOUS", "F_CONTIGUOUS", "C_CONTIGUOUS", "STRIDED", "STRIDED_RO", "CONTIG", "ND", "FORMAT",
      "WRITABLE"};

  private BufferFlags() {}

  /** Returns whether {@code flags} contains every bit of {@code request}: CPython's {@code REQ_*}. */
  public static boolean has(int flags, int request) {
    return (flags & request) == request;
  }

  /**
   * Rejects the two values that are not requests, as CPython 3.13's {@code PyObject_GetBuffer}
   * does ({@code SystemError: bad argument to internal function}).
   *
   * @throws IllegalArgumentException if {@code flags} is {@link #READ} or {@link #WRITE}
   */
  public static void requireRequest(int flags) {
    if (flags == READ || flags == WRITE) {
      throw new IllegalArgumentException("PyBUF_READ and PyBUF_WRITE are not buffer requests: "
          + "flags=0x" + Integer.toHexString(flags));
    }
  }

  /**
   * Checks that a descriptor satisfies a request: what a consumer may verify of an exporter.
   *
   * @param flags the request that was made
   * @param info the descriptor the exporter returned
   * @throws BufferException naming the first promise of the request that {@code info} breaks
   * @throws IllegalArgumentException if {@code info} is null
   */
  public static void check(int flags, BufferInfo info) {
    Require.nonNull(info, "info");
    String broken = null;
    if (has(flags, WRITABLE) && info.readonly()) {
      broken = "read-only memory for a WRITABLE request";
    } else if (info.suboffsets() != null && !has(flags, INDIRECT)) {
      broken = "suboffsets without an INDIRECT request";
    } else if (has(flags, C_CONTIGUOUS) && !info.isContiguous('C')) {
      broken = "non-C-contiguous memory for a C_CONTIGUOUS request";
    } else if (has(flags, F_CONTIGUOUS) && !info.isContiguous('F')) {
      broken = "non-Fortran-contiguous memory for an F_CONTIGUOUS request";
    } else if (has(flags, ANY_CONTIGUOUS) && !info.isContiguous('A')) {
      broken = "non-contiguous memory for an ANY_CONTIGUOUS request";
    } else if (!has(flags, STRIDES) && !info.isContiguous('C')) {
      broken = "non-C-contiguous memory without strides for a " + toString(flags) + " request";
    }
    if (broken != null) {
      throw new BufferException("exporter " + describe(info.owner()) + " returned " + broken);
    }
  }

  private static String describe(Object owner) {
    return owner == null ? "(no owner)" : owner.getClass().getName();
  }

  /**
   * Names a request: {@code "FULL_RO"}, {@code "STRIDES|WRITABLE"}, {@code "SIMPLE"}.
   *
   * @param flags a request
   * @return the largest named requests it is made of, joined by {@code |}
   */
  public static String toString(int flags) {
    if (flags == SIMPLE) {
      return "SIMPLE";
    }
    List<String> parts = new ArrayList<>();
    int rest = flags;
    for (int i = 0; i < NAMED.length; i++) {
      if (has(rest, NAMED[i])) {
        parts.add(NAMES[i]);
        rest &= ~NAMED[i];
      }
    }
    if (rest != 0) {
      parts.add("0x" + Integer.toHexString(rest));
    }
    return String.join("|", parts);
  }
}
