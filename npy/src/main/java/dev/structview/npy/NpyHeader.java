package dev.structview.npy;

import java.util.Arrays;

/**
 * The header of a {@code .npy} file and the view it describes: what {@link Npy#header} reads and
 * what a view from {@link Npy#map} is made of.
 *
 * @param major the format's major version: 1, 2 or 3
 * @param minor the format's minor version: 0
 * @param descr the header's {@code 'descr'} as NumPy wrote it, a Python literal:
 *     {@code '<f8'}, {@code [('a', '<i4'), ('b', '<f8', (3,))]}
 * @param format the PEP 3118 struct format of one item, as {@code memoryview(numpy.load(f,
 *     mmap_mode="r")).format} reports it: {@code "d"}, {@code "T{i:a:(3)d:b:}"}
 * @param itemsize the size of one item in bytes: for a descr that is a sub-array
 *     ({@code ('<i4', (2,))}, which {@code numpy.save} never writes), of one of its elements
 * @param fortranOrder whether the data is stored column-major
 * @param shape the array's shape; empty for a 0-d array. For a sub-array descr, the header's shape
 *     followed by the sub-array's, as {@code numpy.load(f, mmap_mode="r")} makes it
 * @param strides the view's strides in bytes: C-contiguous, or Fortran-contiguous when
 *     {@code fortranOrder} and the array is not also C-contiguous
 * @param dataOffset the byte offset of the data from the start of the file
 * @param dataBytes the number of bytes of data: {@code product(shape) * itemsize}
 */
public record NpyHeader(int major, int minor, String descr, String format, long itemsize, boolean fortranOrder,
    long[] shape, long[] strides, long dataOffset, long dataBytes) {

  /**
   * Copies the arrays.
   *
   * @throws IllegalArgumentException if {@code descr}, {@code format}, {@code shape} or
   *     {@code strides} is null
   */
  public NpyHeader {
    shape = copy(shape, "shape");
    strides = copy(strides, "strides");
    if (descr == null || format == null) {
      throw new IllegalArgumentException((descr == null ? "descr" : "format") + " must not be null");
    }
  }

  private static long[] copy(long[] a, String name) {
    if (a == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return a.clone();
  }

  /** Returns a copy of the shape. */
  @Override
  public long[] shape() {
    return shape.clone();
  }

  /** Returns a copy of the strides. */
  @Override
  public long[] strides() {
    return strides.clone();
  }

  /** Returns the version as NumPy names it: {@code "1.0"}, {@code "2.0"} or {@code "3.0"}. */
  public String version() {
    return major + "." + minor;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NpyHeader h && major == h.major && minor == h.minor && descr.equals(h.descr)
        && format.equals(h.format) && itemsize == h.itemsize && fortranOrder == h.fortranOrder
        && Arrays.equals(shape, h.shape) && Arrays.equals(strides, h.strides) && dataOffset == h.dataOffset
        && dataBytes == h.dataBytes;
  }

  @Override
  public int hashCode() {
    return (descr.hashCode() * 31 + Arrays.hashCode(shape)) * 31 + Long.hashCode(dataOffset);
  }

  @Override
  public String toString() {
    return "NpyHeader[version=" + version() + ", descr=" + descr + ", format=" + format + ", itemsize=" + itemsize
        + ", fortranOrder=" + fortranOrder + ", shape=" + Arrays.toString(shape) + ", strides="
        + Arrays.toString(strides) + ", dataOffset=" + dataOffset + ", dataBytes=" + dataBytes + "]";
  }
}
