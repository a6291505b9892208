package dev.structview.npy;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.Memory;
import dev.structview.view.MemoryView;
import dev.structview.zip.ZipArchive;
import dev.structview.zip.ZipEntryInfo;
import dev.structview.zip.ZipFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A NumPy {@code .npz} archive (what {@code numpy.savez} and {@code numpy.savez_compressed} write)
 * as {@code numpy.load} opens it: its members' names, and each member as a {@link MemoryView}.
 *
 * <pre>{@code
 * try (Npz npz = Npz.open(Path.of("arrays.npz"))) {
 *   for (String name : npz.names()) {                  // numpy.load(f).files: ["x", "y"]
 *     try (MemoryView v = npz.get(name)) {             // memoryview(numpy.load(f)[name])
 *       System.out.println(name + " " + v.format() + " " + Arrays.toString(v.shape()));
 *     }
 *   }
 * }
 * }</pre>
 *
 * <h2>Members</h2>
 * The file is mapped and checked by {@link ZipArchive} as it opens. A member is read as
 * {@code NpzFile.__getitem__} reads it: one that starts with NumPy's magic string {@code \x93NUMPY}
 * is a {@code .npy} image, viewed as {@link Npy#wrap} views it (same format, shape and strides as
 * {@code memoryview(numpy.load(f)[name])}, with the same refusals); any other member (NumPy allows
 * any) is its bytes, a read-only view of format {@code B}, as {@code memoryview} shows the
 * {@code bytes} NumPy returns. A <em>stored</em> {@code .npy} member (what {@code numpy.savez}
 * writes) is viewed in place over the mapped archive: zero-copy and read-only. A <em>deflated</em>
 * one ({@code numpy.savez_compressed}) is inflated into a {@code byte[]} of its own, writable as
 * NumPy's copy is: its declared size is checked before anything is allocated (at most
 * {@link Memory#MAX_BUFFER_BYTES}, {@code 2^31 - 9}, which a {@code byte[]} holds, and at most
 * {@value #MAX_DEFLATE_RATIO} times its compressed size, the most deflate expands), and the
 * inflated bytes against it as they come, into an array that grows with them: memory follows the
 * bytes the data really holds, not the size it declares. A member over 2 GiB must be stored to be
 * read. A member compressed by another method is refused before anything is allocated. Every member
 * read whole is checked against its CRC-32, as {@code zipfile} checks it, stored ones too (one pass
 * over the mapped bytes).
 *
 * <h2>Names</h2>
 * {@link #names()} is {@code numpy.load(f).files}: every member, in the order of the central
 * directory, with one {@code .npy} suffix removed; directories ({@code "sub/"}) and duplicates
 * included, names cut at a NUL as {@code zipfile} cuts them. A key is looked up as NumPy does:
 * {@code "x"} and {@code "x.npy"} both read member {@code x.npy}, and of two members with one name
 * the later is read. Names are decoded as {@link ZipEntryInfo} says, which is {@code zipfile}'s
 * decoding for every name NumPy writes (ASCII, or UTF-8 with flag bit 11); an unflagged non-ASCII
 * name that is valid UTF-8 reads as UTF-8 here and as code page 437 in {@code zipfile}.
 *
 * <h2>Lifetime</h2>
 * A view of a stored member reads the archive's mapping, which stays mapped while the archive is
 * open or any such view (or a view made from one) is unreleased: {@link #close()} releases the
 * archive's own hold, and the mapping goes with the last of them, as with {@code MemoryView.map}.
 * So views stay valid after {@code close()} until they are released, and nothing is ever read
 * from unmapped memory. After {@code close()}, every method but {@code close} throws
 * {@link IllegalStateException}; after a view's release, the view throws it, as every released
 * view does. Safe to share between threads.
 *
 * <p>Refused: archives that are not well-formed ZIP files, and members that do not read back as
 * declared (a CRC-32 that differs, deflated data that ends early or inflates past its size) with
 * {@link ZipFormatException}; members that start as {@code .npy} images but are not ones this
 * reader views with {@link NpyFormatException}; each with one message naming the file and the
 * member. Null arguments are refused with {@link IllegalArgumentException} naming the parameter.
 */
public final class Npz implements AutoCloseable {
  /**
   * The most a deflated member may expand: RFC 1951 codes 258 bytes in 2 bits at best, so a
   * declared size beyond this many times the compressed size cannot be true.
   */
  public static final int MAX_DEFLATE_RATIO = 1032;
  /** The length a member's content array starts at: it grows as bytes arrive, not by the declared size. */
  private static final int FIRST_READ = 64 << 10;

  private final ZipArchive zip;
  /** The file, or what the caller called the archive in memory: for messages. */
  private final String file;
  /** The file, for {@link ZipFormatException}; null for an archive in memory. */
  private final Path path;
  private final NpzIndex index;
  /** The archive's own hold on its mapping, and one per stored member with live views. */
  private int holders = 1;
  private volatile boolean closed;

  private Npz(ZipArchive zip, String file, Path path, NpzIndex index) {
    this.zip = zip;
    this.file = file;
    this.path = path;
    this.index = index;
  }

  /**
   * Maps the {@code .npz} file read-only, checks it as a ZIP archive, and lists its members; no
   * member is read yet.
   *
   * @throws ZipFormatException if the file is not a well-formed ZIP archive; the message names it
   * @throws UncheckedIOException if the file cannot be opened or mapped
   * @throws IllegalArgumentException if {@code file} is null
   */
  public static Npz open(Path file) {
    requireNonNull(file, "file");
    ZipArchive zip;
    try {
      zip = ZipArchive.open(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
    }
    return index(zip, file.toString(), file);
  }

  /**
   * Reads the {@code .npz} archive that is all of {@code archive} (standard input read into memory,
   * say) as {@link #open(Path)} reads a file. The archive does not own the memory: it must stay open
   * while the archive and its members' views are used, and closing them leaves it open.
   *
   * @param name what the archive is, for messages
   * @throws ZipFormatException if the bytes are not a well-formed ZIP archive
   * @throws IllegalArgumentException if an argument is null
   */
  public static Npz of(Memory archive, String name) {
    requireNonNull(archive, "archive");
    requireNonNull(name, "name");
    return index(ZipArchive.of(archive), name, null);
  }

  private static Npz index(ZipArchive zip, String name, Path path) {
    try {
      return new Npz(zip, name, path, NpzIndex.of(zip));
    } catch (RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  /**
   * Returns the members' names as {@code numpy.load(f).files} lists them (see the class
   * description): unmodifiable, in the order of the central directory.
   *
   * @throws IllegalStateException if the archive is closed
   */
  public List<String> names() {
    requireOpen();
    return index.names();
  }

  /**
   * Returns whether {@code numpy.load(f)[key]} finds a member: a name of {@link #names()}, or a
   * member's full name.
   *
   * @throws IllegalStateException if the archive is closed
   * @throws IllegalArgumentException if {@code key} is null
   */
  public boolean contains(String key) {
    requireOpen();
    return index.entries().containsKey(requireNonNull(key, "key"));
  }

  /**
   * Returns the ZIP entry {@code key} reads: its full name, method, sizes and CRC-32.
   *
   * @throws IllegalArgumentException if no member has that key, or {@code key} is null
   * @throws IllegalStateException if the archive is closed
   */
  public ZipEntryInfo entry(String key) {
    requireOpen();
    requireNonNull(key, "key");
    ZipEntryInfo e = index.entries().get(key);
    if (e == null) {
      throw new IllegalArgumentException(key + " is not a file in the archive " + file);
    }
    return e;
  }

  /**
   * Reads the header of member {@code key} without reading its data (a deflated member is inflated
   * only as far as its header), and checks that the member is long enough for the data it
   * describes. Empty for a member that is not a {@code .npy} image (which {@link #get} returns as
   * bytes).
   *
   * @throws NpyFormatException if the member starts as a {@code .npy} image but is not one this
   *     reader views
   * @throws ZipFormatException if a deflated member's data is not valid deflate data
   * @throws UnsupportedOperationException if the member is encrypted, or compressed by another
   *     method than deflate
   * @throws IllegalArgumentException if no member has that key, or {@code key} is null
   * @throws IllegalStateException if the archive is closed
   */
  public Optional<NpyHeader> header(String key) {
    ZipEntryInfo e = entry(key);
    String source = source(e);
    try (InputStream in = zip.inputStream(e)) {
      byte[] magic = in.readNBytes(HeaderReader.MAGIC_LENGTH);
      if (!HeaderReader.isMagic(magic)) {
        return Optional.empty();
      }
      InputStream whole = new SequenceInputStream(new ByteArrayInputStream(magic), in);
      NpyHeader h = HeaderReader.read(Inputs.of(whole, source), source, false).header();
      Npy.checkFits(h, e.size(), source);
      return Optional.of(h);
    } catch (IOException x) {
      throw new UncheckedIOException("cannot read " + source + ": " + x.getMessage(), x);
    }
  }

  /**
   * Returns member {@code key} as {@code memoryview(numpy.load(f)[key])} shows it: a {@code .npy}
   * member's array, or any other member's bytes (see the class description). Release the view
   * when done: a stored member's view holds the archive's mapping until then.
   *
   * @throws NpyFormatException if the member starts as a {@code .npy} image but is not one this
   *     reader views, or is deflated and inflates to more than a {@code byte[]} holds
   * @throws ZipFormatException if the member does not read back as its entry declares: its CRC-32
   *     or size differs, or its deflated data is invalid, ends early, or expands more than deflate
   *     can
   * @throws UnsupportedOperationException if the member is encrypted, or compressed by another
   *     method than deflate
   * @throws IllegalArgumentException if no member has that key, or {@code key} is null
   * @throws IllegalStateException if the archive is closed
   */
  public MemoryView get(String key) {
    ZipEntryInfo e = entry(key);
    if (e.method() == ZipEntryInfo.STORED && isNpy(e)) {
      checkContent(e);
      return Npy.view(zip.storedData(e), source(e), false, new MemberKeeper());
    }
    byte[] content = content(e);
    if (HeaderReader.isMagic(content)) {
      return Npy.view(Memory.of(content), source(e), false, NpyExporter.Keeper.NONE);
    }
    return MemoryView.of(ByteBuffer.wrap(content).asReadOnlyBuffer());
  }

  /** Releases the archive's hold on its mapping, which goes when no member's view holds it either. Idempotent. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      letGo();
    }
  }

  @Override
  public String toString() {
    return "npz " + file + (closed ? " (closed)" : ", " + index.names().size() + " members");
  }

  /** Holds the archive's mapping for one stored member's view, from its first export to its last release. */
  private final class MemberKeeper implements NpyExporter.Keeper {
    @Override
    public void hold() {
      synchronized (Npz.this) {
        if (holders == 0) {
          throw new BufferException("the archive " + file + " is closed and its mapping released");
        }
        holders++;
      }
    }

    @Override
    public void letGo() {
      Npz.this.letGo();
    }
  }

  private synchronized void letGo() {
    if (holders > 0 && --holders == 0) {
      zip.close();
    }
  }

  private boolean isNpy(ZipEntryInfo e) {
    Memory data = zip.storedData(e);
    byte[] first = new byte[(int) Math.min(HeaderReader.MAGIC_LENGTH, data.byteSize())];
    data.copyTo(0, first, 0, first.length);
    return HeaderReader.isMagic(first);
  }

  /** Reads a member to its end, which checks its size and CRC-32, and drops the bytes. */
  private void checkContent(ZipEntryInfo e) {
    try (InputStream in = zip.inputStream(e)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException x) {
      throw new UncheckedIOException("cannot read " + source(e) + ": " + x.getMessage(), x);
    }
  }

  /**
   * A member's content in an array of its own. Its declared size is checked first, and its method
   * (the stream refuses any but stored and deflated); the array then grows as the bytes arrive, up
   * to the declared size, so a size that the data does not back (a member that fails to inflate,
   * or ends early) allocates no more than the bytes read.
   */
  private byte[] content(ZipEntryInfo e) {
    long size = e.size();
    if (size > Memory.MAX_BUFFER_BYTES) {
      throw new NpyFormatException(source(e), "the member is " + size + " bytes " + e.methodName() + ", more than a"
          + " byte[] holds (" + Memory.MAX_BUFFER_BYTES + ")" + (e.method() == ZipEntryInfo.STORED ? ""
          : "; store it uncompressed (numpy.savez) to view it in place"));
    }
    if (e.method() == ZipEntryInfo.DEFLATED && e.compressedSize() < Long.MAX_VALUE / MAX_DEFLATE_RATIO
        && size > e.compressedSize() * MAX_DEFLATE_RATIO) {
      throw new ZipFormatException(path, "entry \"" + e.name() + "\" declares " + size + " bytes from "
          + e.compressedSize() + " deflated bytes, more than deflate expands (" + MAX_DEFLATE_RATIO + "-fold):"
          + " a zip bomb?");
    }
    try (InputStream in = zip.inputStream(e)) {
      byte[] content = readUpTo(in, e);
      in.read(); // a member that goes on fails here; at its end, the stream checks its size and CRC-32
      return content;
    } catch (IOException x) {
      throw new UncheckedIOException("cannot read " + source(e) + ": " + x.getMessage(), x);
    }
  }

  /**
   * Reads the entry's declared size of bytes into an array that starts at {@value #FIRST_READ}
   * bytes and doubles as they arrive. The stream throws {@link ZipFormatException} for data that is
   * invalid or ends early; one that ended without throwing would leave the content short, refused
   * here too.
   */
  private byte[] readUpTo(InputStream in, ZipEntryInfo e) throws IOException {
    int size = (int) e.size(); // at most Memory.MAX_BUFFER_BYTES: checked by the caller
    byte[] content = new byte[Math.min(size, FIRST_READ)];
    int n = 0;
    while (n < size) {
      if (n == content.length) {
        content = Arrays.copyOf(content, (int) Math.min(size, 2L * n));
      }
      int read = in.read(content, n, content.length - n);
      if (read < 0) {
        throw new ZipFormatException(path, "entry \"" + e.name() + "\" ends after " + n + " of its " + size + " bytes");
      }
      n += read;
    }
    return content;
  }

  private String source(ZipEntryInfo e) {
    return file + " member \"" + e.name() + "\"";
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the archive " + file + " is closed");
    }
  }

  private static <T> T requireNonNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }
}
