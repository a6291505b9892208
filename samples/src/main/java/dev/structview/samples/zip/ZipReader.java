package dev.structview.samples.zip;

import dev.structview.samples.io.MalformedFileException;
import dev.structview.samples.io.MappedFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the directory of a ZIP archive (a JAR, an APK, a self-extracting executable...) through
 * generated views, in place: the views move over the mapped file and only names and comments are
 * copied out. Everything is checked before it is read, so that any file, however truncated,
 * corrupt or hostile, gives either its listing or a {@link MalformedFileException}, in time and
 * memory proportional to the file.
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
   * Maps the file at {@code path} and reads its directory.
   *
   * @throws IOException if the file cannot be mapped
   * @throws MalformedFileException if it is not a well-formed ZIP archive
   */
  public static ZipArchive read(Path path) throws IOException {
    return read(MappedFile.map(path));
  }

  /**
   * Reads the directory of the archive between the buffer's position and limit. The buffer is
   * not changed, and the result does not refer to it.
   *
   * @throws MalformedFileException if the bytes are not a well-formed ZIP archive
   */
  public static ZipArchive read(ByteBuffer archive) {
    ByteBuffer file = archive.slice(); // indices from 0, as the archive's offsets count; no copy
    ArchiveEnd end = EndRecords.read(file);
    List<ZipEntryInfo> entries = CentralDirectory.read(file, end);
    return new ZipArchive(entries, end.comment(), end.centralDirectoryStart(), end.centralDirectorySize(),
        end.prefixLength(), end.zip64());
  }
}
