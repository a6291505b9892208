package dev.structview.npy;

import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.Memory;
import dev.structview.io.MappedFile;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * NumPy's {@code .npy} files as {@link MemoryView}s, read in place and written back.
 *
 * <pre>{@code
 * try (MemoryView v = Npy.map(Path.of("points.npy"))) {   // [('x', '<f4'), ('y', '<f4')], shape (1000,)
 *   v.format();        // "T{f:x:f:y:}", as memoryview(numpy.load(f, mmap_mode="r")).format
 *   v.shape();         // [1000]
 *   v.cast("B");       // the raw records, zero-copy
 * }
 * Npy.write(Path.of("copy.npy"), MemoryView.of(bytes).cast("i", 2, 3));   // '<i4', shape (2, 3)
 * }</pre>
 *
 * <h2>Reading</h2>
 * A view's {@code format()}, {@code itemsize()}, {@code shape()}, {@code strides()},
 * {@code toBytes()} and {@code toList()} are what CPython reports for
 * {@code memoryview(numpy.load(f, mmap_mode="r"))}: the descr's PEP 3118 format as NumPy exports
 * it (NumPy's names, offsets, {@code x} pads, byte orders, {@code Zf}/{@code Zd} for complex,
 * {@code 3w} for {@code U3}, {@code 5s} for {@code S5}; see {@link NpyHeader#format()}), Fortran
 * strides for Fortran-ordered data, 0-d and empty arrays. Items whose format the runtime cannot
 * decode ({@code T{...}}, {@code Zd}, {@code w}) throw {@link UnsupportedOperationException} from
 * {@code get} and {@code toList}, where CPython raises {@code NotImplementedError}; the bytes,
 * slices and {@code cast("B")} always work. Versions 1.0, 2.0 and 3.0 are read. A descr that is a
 * sub-array at the top level ({@code ('<i4', (2,))}, which {@code numpy.save} never writes) is
 * mapped as {@code numpy.load(f, mmap_mode="r")} reads it: an array of its element type with the
 * sub-array's dimensions after the header's (shape (3,) becomes (3, 2)); {@link #read},
 * {@link #wrap} and {@link Npz} refuse it, as {@code numpy.load} without {@code mmap_mode} fails
 * on it.
 *
 * <p>The formats, as NumPy exports them on a 64-bit little-endian machine (a field's order character
 * is written only where it changes):
 *
 * <table class="striped">
 * <caption>dtypes and the formats of their views</caption>
 * <thead><tr><th>dtype</th><th>format</th><th>what {@code get} returns</th></tr></thead>
 * <tbody>
 * <tr><td>{@code |b1}, {@code |i1}, {@code |u1}</td><td>{@code ?}, {@code b}, {@code B}</td>
 *     <td>{@code Boolean}, {@code Byte}, {@code Integer}</td></tr>
 * <tr><td>{@code <i2}, {@code <u2}</td><td>{@code h}, {@code H}</td><td>{@code Short}, {@code Integer}</td></tr>
 * <tr><td>{@code <i4}, {@code <u4}</td><td>{@code i}, {@code I}</td><td>{@code Integer}, {@code Long}</td></tr>
 * <tr><td>{@code <i8}, {@code <u8}</td><td>{@code l}, {@code L} (native, where aligned); {@code =q},
 *     {@code =Q} (a packed struct's field at an unaligned offset)</td>
 *     <td>{@code Long}, {@code BigInteger}</td></tr>
 * <tr><td>{@code <f2}, {@code <f4}, {@code <f8}</td><td>{@code e}, {@code f}, {@code d}</td>
 *     <td>{@code Float}, {@code Float}, {@code Double}</td></tr>
 * <tr><td>{@code >i4}, {@code >f8} (the other byte order)</td><td>{@code >i}, {@code >d}</td>
 *     <td>as for {@code <}</td></tr>
 * <tr><td>{@code |S5}, {@code |V4}</td><td>{@code 5s}, {@code 4x}</td><td>{@code byte[]}; the bytes only</td></tr>
 * <tr><td>{@code <U3}, {@code <c16}, {@code <f16}</td><td>{@code 3w}, {@code Zd}, {@code g}</td>
 *     <td>{@code UnsupportedOperationException}: bytes, slices and {@code cast("B")} only</td></tr>
 * <tr><td>structured, packed (NumPy's default)</td>
 *     <td>{@code T{=I:id:h:delta:B:flags:}}: the fields' names, gaps as {@code x} pads, sub-arrays
 *     as {@code (2,3)}, no padding at the end</td>
 *     <td rowspan="2">{@code UnsupportedOperationException}: read the records through a generated view
 *     whose format has the same values at the same offsets ({@code TickView.array(view)})</td></tr>
 * <tr><td>structured, {@code align=True}</td><td>{@code T{I:id:h:delta:B:flags:}}, native alignment,
 *     the itemsize counting the end's padding</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Refused, each with one {@link NpyFormatException} naming the source and the problem: a bad
 * magic string or version; a header that is not the dictionary literal NumPy writes (it is parsed,
 * never evaluated, and must be at most 1 MiB); object arrays and pickles (never unpickled);
 * {@code datetime64} and {@code timedelta64}, which NumPy cannot export to a memoryview either
 * (map the file with {@code MemoryView.map} and cast its data to {@code q} to read them as
 * integers); dtypes of itemsize 0; a shape whose bytes overflow a {@code long} or exceed the data
 * present; truncated headers or data. Every check runs before anything the header sizes is
 * allocated.
 *
 * <h2>Writing</h2>
 * {@link #write(Path, MemoryView)} writes a header as {@code numpy.lib.format.write_array} writes
 * it, byte for byte (the smallest version that holds it, data at a multiple of 64 bytes), and the
 * items in C order, or in Fortran order for a view that is Fortran- but not C-contiguous. The dtype
 * is the one the file had for a view {@code Npy} made; otherwise the view's struct format read as
 * {@code numpy.asarray} reads a PEP 3118 format: one unnamed item as long as the view's items is
 * its own type, a scalar dtype, or for a repeated or shaped code more dimensions ({@code "<3i"}
 * of shape (2,) is written as {@code '<i4'} of shape (2, 3)); anything else a structured dtype
 * whose fields keep their names and offsets, unnamed fields taking the first of {@code f0},
 * {@code f1}, ... that no field has, as NumPy names them.
 *
 * <p>Null arguments are refused with {@link IllegalArgumentException} naming the parameter. The
 * {@code Path} methods report I/O errors as {@link UncheckedIOException}.
 */
public final class Npy {
  /** The most dimensions an array may have: NumPy's and {@code memoryview}'s limit. */
  public static final int MAX_NDIM = 64;

  private Npy() {}

  /**
   * Maps a {@code .npy} file read-only, of any size, and returns a view of its array in place, as
   * {@code memoryview(numpy.load(file, mmap_mode="r"))}. The mapping is released when this view
   * and every view made from it are released.
   *
   * @throws NpyFormatException if the file is not a {@code .npy} file this reader can view
   * @throws UncheckedIOException if the file cannot be opened or mapped
   * @throws IllegalArgumentException if {@code file} is null
   */
  public static MemoryView map(Path file) {
    return map(file, FileChannel.MapMode.READ_ONLY);
  }

  /**
   * Maps a {@code .npy} file in the given mode, as {@link #map(Path)}: {@code READ_WRITE} gives a
   * writable view whose writes reach the file ({@code mmap_mode="r+"}), {@code PRIVATE} a writable
   * copy-on-write view that leaves the file alone ({@code mmap_mode="c"}).
   *
   * @throws NpyFormatException if the file is not a {@code .npy} file this reader can view
   * @throws UncheckedIOException if the file cannot be opened (for writing, unless
   *     {@code READ_ONLY}) or mapped
   * @throws IllegalArgumentException if an argument is null
   */
  public static MemoryView map(Path file, FileChannel.MapMode mode) {
    requireNonNull(file, "file");
    requireNonNull(mode, "mode");
    Memory mapping = Memory.map(file, mode);
    try {
      return view(mapping, file.toString(), true, NpyExporter.Keeper.closing(mapping));
    } catch (RuntimeException e) {
      mapping.close();
      throw e;
    }
  }

  /**
   * Returns a view of the array in a {@code .npy} file image held in memory (a stored ZIP member,
   * say), zero-copy, writable iff {@code data} is. The view does not close {@code data}. Its format
   * is the one NumPy gives the array it loads from such an image, in memory of its own (so aligned
   * whatever the data's offset in {@code data}).
   *
   * @param data the whole image: magic, header and data; bytes past the data are ignored
   * @param source what {@code data} is, for error messages
   * @throws NpyFormatException if the image is not one this reader can view
   * @throws IllegalArgumentException if an argument is null
   */
  public static MemoryView wrap(Memory data, String source) {
    requireNonNull(data, "data");
    requireNonNull(source, "source");
    return view(data, source, false, NpyExporter.Keeper.NONE);
  }

  /**
   * Reads a {@code .npy} file's header without mapping it, and checks that the data it describes is
   * all there, as {@link #map(Path)} does.
   *
   * @throws NpyFormatException if the file is not a {@code .npy} file this reader can view
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if {@code file} is null
   */
  public static NpyHeader header(Path file) {
    requireNonNull(file, "file");
    try {
      MappedFile.requireRegular(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      NpyHeader h = HeaderReader.read(Inputs.of(channel, size, file.toString()), file.toString(), true).header();
      checkFits(h, size, file.toString());
      return h;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the header of the array a view made by {@code Npy} or {@link Npz} shows (whatever slice
   * of it the view is): how a view read from a stream or an archive tells its version and order.
   *
   * @throws IllegalArgumentException if {@code view} is null, or not a view {@code Npy} or
   *     {@code Npz} made
   * @throws IllegalStateException if the view was released
   */
  public static NpyHeader header(MemoryView view) {
    return exporter(view).header();
  }

  /**
   * Reads a {@code .npy} image from a stream (its current position onwards) into memory of its
   * own and returns a writable view of it, as {@code memoryview(numpy.load(stream))}. The data is
   * read as it arrives, never allocated from the header's word alone; bytes after it are left
   * unread.
   *
   * @throws NpyFormatException if the stream holds no {@code .npy} image this reader can view, ends
   *     early, or the data is larger than a {@code byte[]} holds ({@link Memory#MAX_BUFFER_BYTES})
   * @throws UncheckedIOException if the stream fails
   * @throws IllegalArgumentException if {@code in} is null
   */
  public static MemoryView read(InputStream in) {
    return read(in, "<stream>");
  }

  /**
   * Reads a {@code .npy} image from a stream, as {@link #read(InputStream)}, naming it
   * {@code source} in error messages.
   *
   * @throws NpyFormatException if the stream holds no {@code .npy} image this reader can view, ends
   *     early, or the data is larger than a {@code byte[]} holds
   * @throws UncheckedIOException if the stream fails
   * @throws IllegalArgumentException if an argument is null
   */
  public static MemoryView read(InputStream in, String source) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    HeaderReader.Parsed parsed = HeaderReader.read(Inputs.of(in, source), source, false);
    long n = parsed.header().dataBytes();
    if (n > Memory.MAX_BUFFER_BYTES) {
      throw new NpyFormatException(source, "the data has " + n + " bytes, more than a byte[] holds ("
          + Memory.MAX_BUFFER_BYTES + "): map the file with Npy.map instead");
    }
    byte[] data = Inputs.of(in, source).next((int) n, "array data");
    return MemoryView.of(new NpyExporter(Memory.of(data), parsed, source, 0, NpyExporter.Keeper.NONE), BufferFlags.FULL_RO);
  }

  /**
   * Writes a view's items to a {@code .npy} file that {@code numpy.load} reads with the view's
   * dtype, shape and values (see the class description), replacing the file. The new file is
   * written beside it and moved into place, so a write that fails leaves the old one as it was,
   * and a view of the file itself ({@code Npy.write(p, Npy.map(p).slice(...))}) is read whole
   * before the file changes (NumPy's {@code np.save(p, np.load(p, mmap_mode='r'))} fails there);
   * a link is followed, and the file's permissions kept.
   *
   * @throws IllegalArgumentException if an argument is null, or the view's format has no NumPy dtype
   * @throws IllegalStateException if the view was released
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Path file, MemoryView view) {
    requireNonNull(file, "file");
    requireNonNull(view, "view");
    try {
      FileReplacement.replace(file, out -> NpyWriter.write(out, view));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the records of an array to a {@code .npy} file, as {@link #write(Path, MemoryView)}
   * writes {@code MemoryView.of(array)}: the record format's fields become the dtype's.
   *
   * @throws IllegalArgumentException if an argument is null, or the record format has no NumPy dtype
   * @throws IllegalStateException if the array was closed
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Path file, RecordArray<?> array) {
    requireNonNull(file, "file");
    requireNonNull(array, "array");
    try (MemoryView view = MemoryView.of(array)) {
      write(file, view);
    }
  }

  /**
   * Writes a view as a {@code .npy} image to a stream, as {@link #write(Path, MemoryView)} writes a
   * file. The stream is not closed.
   *
   * @throws IllegalArgumentException if an argument is null, or the view's format has no NumPy dtype
   * @throws IllegalStateException if the view was released
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(OutputStream out, MemoryView view) {
    requireNonNull(out, "out");
    requireNonNull(view, "view");
    try {
      NpyWriter.write(out, view);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the .npy image: " + e.getMessage(), e);
    }
  }

  /**
   * Parses the header in {@code memory}, checks the data is there, and views it in place.
   *
   * @param mapped whether {@code memory} maps the file from its start, so that the data's alignment
   *     is its offset in the file (else it is aligned: NumPy reads an image into memory of its own)
   * @param keeper what keeps {@code memory} alive while the view's exports last
   */
  static MemoryView view(Memory memory, String source, boolean mapped, NpyExporter.Keeper keeper) {
    HeaderReader.Parsed parsed = HeaderReader.read(Inputs.of(memory, source), source, mapped);
    checkFits(parsed.header(), memory.byteSize(), source);
    NpyExporter exporter = new NpyExporter(memory, parsed, source, parsed.header().dataOffset(), keeper);
    return MemoryView.of(exporter, BufferFlags.FULL_RO);
  }

  /** The exporter of a view {@code Npy} or {@code Npz} made. */
  static NpyExporter exporter(MemoryView view) {
    requireNonNull(view, "view");
    if (!(view.obj() instanceof NpyExporter e)) {
      throw new IllegalArgumentException("the view's exporter is " + view.obj() + ", not a .npy array: only views"
          + " Npy and Npz made have one");
    }
    return e;
  }

  static void checkFits(NpyHeader h, long size, String source) {
    if (h.dataBytes() > size - h.dataOffset()) {
      throw new NpyFormatException(source, "the data needs " + h.dataBytes() + " bytes from offset "
          + h.dataOffset() + " (shape " + java.util.Arrays.toString(h.shape()) + " of " + h.itemsize()
          + "-byte items) but the file has " + size + " bytes: it is truncated, or its header is wrong");
    }
  }

  private static void requireNonNull(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }
}
