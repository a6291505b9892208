package dev.structview.zip;

import dev.structview.buffer.Memory;
import dev.structview.io.MappedFile;
import dev.structview.io.Window;
import dev.structview.zip.internal.ArchiveEnd;
import dev.structview.zip.internal.CentralDirectory;
import dev.structview.zip.internal.EndRecords;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A ZIP archive (a JAR, an {@code .npz}, an APK, a self-extracting executable...), read in place
 * through generated views: its directory, and the data of its entries, stored ones as memory shared
 * with the file (zero-copy), deflated ones inflated as they are read. Files of any size are read,
 * ZIP64 archives of many gigabytes too.
 *
 * <p>Opening checks the whole archive before anything is handed out: the end records (ZIP64 ones
 * included), every central directory entry and the local header it points to, that no two entries
 * share a byte (how "non-recursive" zip bombs multiply their output; {@code unzip} refuses them
 * too), and that the entry count is the declared one. Every size, count and offset is checked
 * against what holds it before it is used, in {@code long} arithmetic, so that any file, however
 * truncated, corrupt or hostile, opens or gives a {@link ZipFormatException}, in time proportional
 * to the file. Memory does not grow with the archive: the directory is walked one entry at a time,
 * and {@link #entries()} walks it again each time it is called rather than keep a list whose
 * length a hostile archive would choose.
 *
 * <pre>{@code
 * try (ZipArchive zip = ZipArchive.open(Path.of("arrays.npz"))) {
 *   for (ZipEntryInfo e : zip.entries().toList()) {
 *     try (InputStream in = zip.inputStream(e)) {
 *       System.out.println(e.name() + ": " + in.readAllBytes().length + " bytes");
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Safe to share between threads until it is closed: each walk and each stream has its own
 * state. Closing an archive opened from a file unmaps it; afterwards every method but
 * {@link #close()} throws {@link IllegalStateException}, and so do the memory of its stored
 * entries and its streams.
 */
public final class ZipArchive implements AutoCloseable {
  private final Memory memory;
  private final boolean ownsMemory;
  private final Path file;
  private final ArchiveEnd end;
  private final Totals totals;
  private volatile boolean closed;

  private ZipArchive(Memory memory, boolean ownsMemory, Path file, ArchiveEnd end, Totals totals) {
    this.memory = memory;
    this.ownsMemory = ownsMemory;
    this.file = file;
    this.end = end;
    this.totals = totals;
  }

  /** What one walk of the whole directory counts: entries and sizes (saturating: they come from the file). */
  private record Totals(long entries, long size, long compressedSize) {
    static Totals of(Iterator<ZipEntryInfo> walk) {
      long count = 0;
      long size = 0;
      long compressed = 0;
      while (walk.hasNext()) {
        ZipEntryInfo e = walk.next();
        count++;
        size = saturatedAdd(size, e.size());
        compressed = saturatedAdd(compressed, e.compressedSize());
      }
      return new Totals(count, size, compressed);
    }

    private static long saturatedAdd(long a, long b) {
      long sum = a + b;
      return sum < 0 ? Long.MAX_VALUE : sum;
    }
  }

  /**
   * Maps the file at {@code file} read-only and checks the archive in it; {@link #close()} unmaps it.
   *
   * @throws IOException if the file cannot be opened or mapped, or is a directory
   * @throws ZipFormatException if it is not a well-formed ZIP archive; the message names the file
   * @throws IllegalArgumentException if {@code file} is null
   */
  public static ZipArchive open(Path file) throws IOException {
    requireNonNull(file, "file");
    Memory memory = MappedFile.map(file);
    try {
      return read(memory, true, file);
    } catch (ZipFormatException e) {
      memory.close();
      throw e.in(file);
    } catch (RuntimeException | Error e) {
      memory.close();
      throw e;
    }
  }

  /**
   * Checks the archive that is all of {@code archive}, of any size, and reads it in place. The
   * archive does not own the memory: {@link #close()} leaves it open, and it must stay open while
   * the archive is used.
   *
   * @throws ZipFormatException if the bytes are not a well-formed ZIP archive
   * @throws IllegalArgumentException if {@code archive} is null
   */
  public static ZipArchive of(Memory archive) {
    return read(requireNonNull(archive, "archive"), false, null);
  }

  private static ZipArchive read(Memory memory, boolean ownsMemory, Path file) {
    ArchiveEnd end = EndRecords.read(new Window(memory));
    Totals totals = Totals.of(CentralDirectory.entries(new Window(memory), end));
    return new ZipArchive(memory, ownsMemory, file, end, totals);
  }

  /**
   * Returns the entries in the order of the central directory, read one at a time as the stream
   * is consumed (each call walks the directory again, in memory that does not grow with it).
   *
   * @throws IllegalStateException if the archive is closed
   */
  public Stream<ZipEntryInfo> entries() {
    requireOpen();
    Iterator<ZipEntryInfo> walk = located(CentralDirectory.entries(new Window(memory), end));
    int characteristics = Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE;
    return StreamSupport.stream(Spliterators.spliterator(walk, totals.entries(), characteristics), false);
  }

  /**
   * Returns the data of a stored entry (method 0) of this archive, sharing the archive's memory:
   * no byte is copied, and pages of a mapped file are read only when touched. The bytes are not
   * checked against the entry's CRC-32 (that would read them all): {@link #inputStream} checks it.
   *
   * @throws IllegalArgumentException if {@code entry} is null, is not stored (read it with
   *     {@link #inputStream}), or its data does not lie before this archive's central directory, as the
   *     data of every entry of this archive does
   * @throws UnsupportedOperationException if the entry is encrypted
   * @throws ZipFormatException if its compressed and uncompressed sizes differ, as a stored
   *     entry's cannot
   * @throws IllegalStateException if the archive is closed
   */
  public Memory storedData(ZipEntryInfo entry) {
    requireReadable(entry);
    if (entry.method() != ZipEntryInfo.STORED) {
      throw new IllegalArgumentException("entry \"" + entry.name() + "\" is " + entry.methodName()
          + ", not stored: its data is not its content; read it with inputStream(entry)");
    }
    requireStoredSizes(entry);
    return data(entry);
  }

  /**
   * Returns a stream of the content of a stored or deflated entry of this archive, inflated as it
   * is read (as {@code java.util.zip.ZipFile.getInputStream} does), in memory of a fixed size whatever the entry's. Reading it to its end checks the
   * content against the central directory: it must be the entry's size, and have its CRC-32.
   * Its {@code read} methods throw {@link ZipFormatException} (unchecked) as soon as deflated data
   * is invalid, inflates past the entry's size or ends early, or at the end if the size or CRC-32
   * differs; what was read before is the entry's content up to there.
   *
   * @throws IllegalArgumentException if {@code entry} is null, or its data does not lie before this
   *     archive's central directory, as the data of every entry of this archive does
   * @throws UnsupportedOperationException if the entry is encrypted, or compressed by another
   *     method than deflate
   * @throws ZipFormatException if a stored entry's compressed and uncompressed sizes differ
   * @throws IllegalStateException if the archive is closed
   */
  public InputStream inputStream(ZipEntryInfo entry) {
    requireReadable(entry);
    switch (entry.method()) {
      case ZipEntryInfo.STORED:
        requireStoredSizes(entry);
        return EntryStream.stored(data(entry), entry, file);
      case ZipEntryInfo.DEFLATED:
        return EntryStream.deflated(data(entry), entry, file);
      default:
        throw new UnsupportedOperationException("entry \"" + entry.name() + "\" is compressed by method "
            + entry.method() + " (" + entry.methodName() + "); only stored and deflated entries are read");
    }
  }

  /** Returns the number of entries. */
  public long entryCount() {
    return totals.entries();
  }

  /** Returns the sum of the entries' uncompressed sizes (saturating at {@code Long.MAX_VALUE}). */
  public long totalSize() {
    return totals.size();
  }

  /** Returns the sum of the entries' compressed sizes (saturating at {@code Long.MAX_VALUE}). */
  public long totalCompressedSize() {
    return totals.compressedSize();
  }

  /** Returns the archive comment, empty when there is none, decoded as unflagged names are. */
  public String comment() {
    return end.comment();
  }

  /** Returns where the central directory starts in the file. */
  public long centralDirectoryOffset() {
    return end.centralDirectoryStart();
  }

  /** Returns the size of the central directory in bytes. */
  public long centralDirectorySize() {
    return end.centralDirectorySize();
  }

  /**
   * Returns the number of bytes before the archive proper, such as a self-extracting stub: the
   * archive's own offsets count from there (the offsets of {@link ZipEntryInfo} count from the
   * file's start).
   */
  public long prefixLength() {
    return end.prefixLength();
  }

  /** Returns whether the archive has ZIP64 end records. */
  public boolean zip64() {
    return end.zip64();
  }

  /** Releases the archive, and unmaps its file if {@link #open(Path)} mapped it. Idempotent. */
  @Override
  public void close() {
    closed = true;
    if (ownsMemory) {
      memory.close();
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the archive" + (file == null ? "" : " " + file) + " is closed");
    }
  }

  /**
   * Checks that {@code entry} can be read here: the archive is open, the entry is not encrypted,
   * and its data lies where every entry's of this archive does (which the walk checked), so that
   * an entry of another archive cannot make this one read outside its entries.
   */
  private void requireReadable(ZipEntryInfo entry) {
    requireOpen();
    requireNonNull(entry, "entry");
    if (entry.encrypted()) {
      throw new UnsupportedOperationException("entry \"" + entry.name() + "\" is encrypted; encrypted entries are"
          + " not read");
    }
    long limit = end.centralDirectoryStart();
    long at = entry.dataOffset();
    long length = entry.compressedSize();
    if (at < 0 || length < 0 || at > limit || length > limit - at) {
      throw new IllegalArgumentException("entry \"" + entry.name() + "\" has " + length + " bytes of data at offset "
          + at + ", but the entries of this archive end at offset " + limit + ": not an entry of this archive");
    }
  }

  private void requireStoredSizes(ZipEntryInfo entry) {
    if (entry.size() != entry.compressedSize()) {
      throw new ZipFormatException(file, "stored entry \"" + entry.name() + "\" (local header at offset "
          + entry.localHeaderOffset() + ") is " + entry.size() + " bytes, but its stored data is "
          + entry.compressedSize() + " bytes");
    }
  }

  private Memory data(ZipEntryInfo entry) {
    return memory.region(entry.dataOffset(), entry.compressedSize());
  }

  /** The walk, whose exceptions name the file. */
  private Iterator<ZipEntryInfo> located(Iterator<ZipEntryInfo> walk) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        try {
          return walk.hasNext();
        } catch (ZipFormatException e) {
          throw e.in(file);
        }
      }

      @Override
      public ZipEntryInfo next() {
        try {
          return walk.next();
        } catch (ZipFormatException e) {
          throw e.in(file);
        }
      }
    };
  }

  private static <T> T requireNonNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }
}
