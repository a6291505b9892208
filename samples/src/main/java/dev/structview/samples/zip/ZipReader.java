package dev.structview.samples.zip;

import dev.structview.buffer.Memory;
import dev.structview.samples.io.MalformedFileException;
import dev.structview.samples.io.MappedFile;
import dev.structview.samples.io.Window;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the directory of a ZIP archive (a JAR, an APK, a self-extracting executable...) through
 * generated views, in place: the views move over the mapped file and only names and comments are
 * copied out. Everything is checked before it is read, so that any file, however truncated,
 * corrupt or hostile, gives either its listing or a {@link MalformedFileException}, in time
 * proportional to the file. Files of any size are read, ZIP64 archives of many gigabytes too.
 *
 * <pre>{@code
 * ZipArchive jar = ZipReader.read(Path.of("app.jar"));
 * for (ZipEntryInfo e : jar.entries()) {
 *   System.out.println(e.name() + " " + e.size() + " " + Long.toHexString(e.crc32()));
 * }
 * }</pre>
 */
public final class ZipReader {
  private ZipReader() {}

  /**
   * Maps the file at {@code path}, reads its directory, and unmaps it.
   *
   * @throws IOException if the file cannot be mapped
   * @throws MalformedFileException if it is not a well-formed ZIP archive
   */
  public static ZipArchive read(Path path) throws IOException {
    try (Memory file = MappedFile.map(path)) {
      return read(file);
    }
  }

  /**
   * Reads the directory of the archive between the buffer's position and limit. The buffer is
   * not changed, and the result does not refer to it.
   *
   * @throws MalformedFileException if the bytes are not a well-formed ZIP archive
   */
  public static ZipArchive read(ByteBuffer archive) {
    return read(Memory.of(archive.slice())); // indices from 0, as the archive's offsets count; no copy
  }

  /**
   * Reads the directory of the archive that is all of {@code archive}, of any size. The result
   * does not refer to it.
   *
   * @throws MalformedFileException if the bytes are not a well-formed ZIP archive
   */
  public static ZipArchive read(Memory archive) {
    Window file = new Window(archive);
    ArchiveEnd end = end(file);
    List<ZipEntryInfo> entries = new ArrayList<>();
    entries(file, end).forEachRemaining(entries::add);
    return new ZipArchive(entries, end.comment(), end.centralDirectoryStart(), end.centralDirectorySize(),
        end.prefixLength(), end.zip64());
  }

  /** The end records of the archive in {@code file}, checked. */
  static ArchiveEnd end(Window file) {
    return EndRecords.read(file);
  }

  /**
   * The entries, read one at a time as the iterator is advanced (a listing of any length in
   * bounded memory); it throws {@link MalformedFileException} where the archive is malformed, and
   * checks the count and overlaps before it says there is no more.
   */
  static Iterator<ZipEntryInfo> entries(Window file, ArchiveEnd end) {
    return CentralDirectory.entries(file, end);
  }
}
