package dev.structview.testing;

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
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * ZIP archives for tests, written by {@code java.util.zip}, the real jars at hand, and the byte
 * searches and patches that make malformed archives of good ones: shared by the ZIP reader's tests
 * and the command line's.
 */
public final class Zips {
  /** The charset of names without flag bit 11 that are not UTF-8, as the ZIP reader decodes them. */
  public static final Charset CP437 = Charset.forName("IBM437");

  private Zips() {}

  /** One entry to write: stored entries carry their sizes and CRC up front, deflated ones get a data descriptor. */
  public record Item(String name, byte[] data, int method) {
    public static Item stored(String name, String text) {
      return new Item(name, text.getBytes(StandardCharsets.UTF_8), ZipEntry.STORED);
    }

    public static Item deflated(String name, String text) {
      return new Item(name, text.getBytes(StandardCharsets.UTF_8), ZipEntry.DEFLATED);
    }

    public static Item directory(String name) {
      return new Item(name, new byte[0], ZipEntry.STORED);
    }
  }

  /** Writes an archive with {@code ZipOutputStream}; names without bit 11 in {@code charset}. */
  public static byte[] write(Charset charset, String comment, Item... items) {
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
  public static byte[] write(String comment, Item... items) {
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
  public static byte[] small() {
    return write("a small archive", Item.stored("hello.txt", "Hello, world!\n"),
        Item.deflated("docs/notes.txt", "notes ".repeat(20)), Item.directory("docs/"),
        Item.stored("caf\u00e9.txt", "\u00e9"));
  }

  /** Writes {@code bytes} to a file in {@code dir}. */
  public static Path file(Path dir, String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /**
   * Returns a ZIP64 fixture that CPython's {@code zipfile} wrote ({@code zip64.zip},
   * {@code zip64-masked.zip}), or what it read back from them ({@code zip64.tsv}): see
   * {@code testing/src/main/python/gen_zip64_fixtures.py}.
   */
  public static byte[] resource(String name) {
    try (InputStream in = Zips.class.getResourceAsStream("zip/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no ZIP fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The real jars at hand: the test class path's (JUnit's, from the Maven repository) and the JDK's jrt-fs.jar. */
  public static List<Path> realJars() {
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
  public static Stream<Path> asciiJars() {
    return realJars().stream().filter(Zips::asciiNames);
  }

  private static boolean asciiNames(Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream().allMatch(e -> e.getName().chars().allMatch(c -> c > 0x20 && c < 0x7f));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A little-endian window on {@code bytes}, for patching fields. */
  public static ByteBuffer le(byte[] bytes) {
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** The index of the last occurrence of a four-byte signature, -1 if none. */
  public static int lastIndexOf(byte[] bytes, int signature) {
    for (int i = bytes.length - 4; i >= 0; i--) {
      if (le(bytes).getInt(i) == signature) {
        return i;
      }
    }
    return -1;
  }

  /** The indices of every occurrence of a four-byte signature. */
  public static List<Integer> indicesOf(byte[] bytes, int signature) {
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
  public static byte[] concat(byte[] prefix, byte[] archive) {
    byte[] joined = new byte[prefix.length + archive.length];
    System.arraycopy(prefix, 0, joined, 0, prefix.length);
    System.arraycopy(archive, 0, joined, prefix.length, archive.length);
    return joined;
  }
}
