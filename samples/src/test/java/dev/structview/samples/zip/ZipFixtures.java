package dev.structview.samples.zip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Archives for the tests, written by {@code java.util.zip}, and listings to compare. */
final class ZipFixtures {
  /** The charset of names without flag bit 11, as {@link ZipText} decodes them. */
  static final Charset CP437 = Charset.forName("IBM437");

  private ZipFixtures() {}

  /** What both readers report of an entry. */
  record Row(String name, int method, long compressedSize, long size, long crc32) {
    static Row of(ZipEntryInfo e) {
      return new Row(e.name(), e.method(), e.compressedSize(), e.size(), e.crc32());
    }

    static Row of(ZipEntry e) {
      return new Row(e.getName(), e.getMethod(), e.getCompressedSize(), e.getSize(), e.getCrc());
    }
  }

  /**
   * A row that {@code ZipFile(file, IBM437)} read from an entry without flag bit 11, its name
   * re-read as UTF-8 when its bytes are valid UTF-8 (what {@code ZipFile(file)} would show).
   */
  static Row unflagged(Row cp437) {
    byte[] bytes = cp437.name().getBytes(CP437);
    try {
      String utf8 = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return new Row(utf8, cp437.method(), cp437.compressedSize(), cp437.size(), cp437.crc32());
    } catch (java.nio.charset.CharacterCodingException notUtf8) {
      return cp437;
    }
  }

  /** One entry to write: stored entries carry their sizes and CRC up front, deflated ones get a data descriptor. */
  record Item(String name, byte[] data, int method) {
    static Item stored(String name, String text) {
      return new Item(name, text.getBytes(StandardCharsets.UTF_8), ZipEntry.STORED);
    }

    static Item deflated(String name, String text) {
      return new Item(name, text.getBytes(StandardCharsets.UTF_8), ZipEntry.DEFLATED);
    }

    static Item directory(String name) {
      return new Item(name, new byte[0], ZipEntry.STORED);
    }
  }

  /** Writes an archive with {@code ZipOutputStream}; names without bit 11 in {@code charset}. */
  static byte[] write(Charset charset, String comment, Item... items) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, charset)) {
      if (comment != null) {
        zip.setComment(comment);
      }
      for (Item item : items) {
        zip.putNextEntry(entry(item));
        zip.write(item.data());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Writes an archive with UTF-8 names (the default of {@code ZipOutputStream}). */
  static byte[] write(String comment, Item... items) {
    return write(StandardCharsets.UTF_8, comment, items);
  }

  private static ZipEntry entry(Item item) {
    ZipEntry entry = new ZipEntry(item.name());
    entry.setMethod(item.method());
    entry.setTime(1_700_000_000_000L); // 2023-11-14, inside the MS-DOS range: no extended timestamp
    if (item.method() == ZipEntry.STORED) {
      CRC32 crc = new CRC32();
      crc.update(item.data());
      entry.setSize(item.data().length);
      entry.setCompressedSize(item.data().length);
      entry.setCrc(crc.getValue());
    }
    return entry;
  }

  /** A small archive: stored, deflated (with data descriptor), a directory, a UTF-8 name, a comment. */
  static byte[] small() {
    return write("a small archive", Item.stored("hello.txt", "Hello, world!\n"),
        Item.deflated("docs/notes.txt", "notes ".repeat(20)), Item.directory("docs/"),
        Item.stored("caf\u00e9.txt", "\u00e9"));
  }

  /** Reads with {@link ZipReader} from a heap buffer. */
  static ZipArchive read(byte[] bytes) {
    return ZipReader.read(ByteBuffer.wrap(bytes).asReadOnlyBuffer());
  }

  /** Writes {@code bytes} to a file in {@code dir}. */
  static Path file(Path dir, String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /** Loads a test resource of this package. */
  static byte[] resource(String name) throws IOException {
    try (InputStream in = ZipFixtures.class.getResourceAsStream(name)) {
      assertTrue(in != null, name);
      return in.readAllBytes();
    }
  }

  /** The listing of {@code java.util.zip.ZipFile}, an independent reader. */
  static List<Row> javaListing(Path file, Charset charset) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile(), charset)) {
      return Collections.list(zip.entries()).stream().map(Row::of).collect(Collectors.toList());
    }
  }

  /** Our listing, as rows. */
  static List<Row> rows(ZipArchive archive) {
    return archive.entries().stream().map(Row::of).collect(Collectors.toList());
  }

  /** Asserts that {@link ZipReader} reads {@code file} as {@code ZipFile} does. */
  static ZipArchive assertSameAsJavaUtilZip(Path file, Charset charset) throws IOException {
    ZipArchive archive = ZipReader.read(file);
    assertEquals(javaListing(file, charset), rows(archive), file.toString());
    try (ZipFile zip = new ZipFile(file.toFile(), charset)) {
      assertEquals(zip.getComment() == null ? "" : zip.getComment(), archive.comment(), file + " comment");
    }
    return archive;
  }

  /** The real jars at hand: the test class path's (JUnit's, from the Maven repository) and the JDK's jrt-fs.jar. */
  static List<Path> realJars() {
    List<Path> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))) {
        jars.add(Path.of(entry));
      }
    }
    Path jrtFs = Path.of(System.getProperty("java.home"), "lib", "jrt-fs.jar");
    if (Files.isRegularFile(jrtFs)) {
      jars.add(jrtFs);
    }
    return jars;
  }

  /** The real jars whose names are all printable ASCII, for tools whose output depends on the locale. */
  static Stream<Path> asciiJars() {
    return realJars().stream().filter(ZipFixtures::asciiNames);
  }

  private static boolean asciiNames(Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream().allMatch(e -> e.getName().chars().allMatch(c -> c > 0x20 && c < 0x7f));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A little-endian window on {@code bytes}, for patching fields. */
  static ByteBuffer le(byte[] bytes) {
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** The index of the last occurrence of a four-byte signature, -1 if none. */
  static int lastIndexOf(byte[] bytes, int signature) {
    for (int i = bytes.length - 4; i >= 0; i--) {
      if (le(bytes).getInt(i) == signature) {
        return i;
      }
    }
    return -1;
  }

  /** The indices of every occurrence of a four-byte signature. */
  static List<Integer> indicesOf(byte[] bytes, int signature) {
    List<Integer> found = new ArrayList<>();
    ByteBuffer le = le(bytes);
    for (int i = 0; i + 4 <= bytes.length; i++) {
      if (le.getInt(i) == signature) {
        found.add(i);
      }
    }
    return found;
  }

  /** {@code prefix} followed by {@code archive}. */
  static byte[] concat(byte[] prefix, byte[] archive) {
    byte[] joined = new byte[prefix.length + archive.length];
    System.arraycopy(prefix, 0, joined, 0, prefix.length);
    System.arraycopy(archive, 0, joined, prefix.length, archive.length);
    return joined;
  }
}
