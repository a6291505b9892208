package dev.structview.samples.elf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The synthetic ELF files that {@code gen_elf_fixtures.py} wrote with CPython's struct, and the
 * values it recorded for each in {@code fixtures.tsv}.
 */
final class Fixtures {
  /** A {@code header} line: the raw header fields, and the resolved section count and name table index. */
  record Header(String file, int bits, String data, int osAbi, int abiVersion, int type, int machine, long version,
      long entry, long phoff, long shoff, long flags, int ehsize, int phentsize, int phnum, int shentsize, int shnum,
      int shstrndx, int sections, int nameTable) {}

  /** A {@code section} line. */
  record SectionRow(String file, int index, String name, long type, long flags, long address, long offset, long size,
      long link, long info, long alignment, long entrySize) {}

  /** One file: its header and its sections, in order. */
  record Fixture(Header header, List<SectionRow> sections) {
    String name() {
      return header.file();
    }

    Path path() {
      return Fixtures.path(name());
    }

    byte[] bytes() {
      try (InputStream in = Fixtures.class.getResourceAsStream(name())) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private Fixtures() {}

  static Path path(String name) {
    URL url = Fixtures.class.getResource(name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every fixture, in the order the script wrote them. */
  static List<Fixture> all() throws IOException {
    Map<String, Header> headers = new LinkedHashMap<>();
    Map<String, List<SectionRow>> sections = new LinkedHashMap<>();
    try (InputStream in = Fixtures.class.getResourceAsStream("fixtures.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c[0].equals("header")) {
          headers.put(c[1], header(c));
        } else {
          sections.computeIfAbsent(c[1], k -> new ArrayList<>()).add(section(c));
        }
      }
    }
    List<Fixture> all = new ArrayList<>();
    headers.forEach((file, header) -> all.add(new Fixture(header, sections.get(file))));
    return all;
  }

  /** The fixture of a name. */
  static Fixture named(String name) throws IOException {
    return all().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  private static Header header(String[] c) {
    return new Header(c[1], i(c[2]), c[3], i(c[4]), i(c[5]), i(c[6]), i(c[7]), l(c[8]), l(c[9]), l(c[10]), l(c[11]),
        l(c[12]), i(c[13]), i(c[14]), i(c[15]), i(c[16]), i(c[17]), i(c[18]), i(c[19]), i(c[20]));
  }

  private static SectionRow section(String[] c) {
    return new SectionRow(c[1], i(c[2]), c[3], l(c[4]), l(c[5]), l(c[6]), l(c[7]), l(c[8]), l(c[9]), l(c[10]),
        l(c[11]), l(c[12]));
  }

  private static int i(String s) {
    return Integer.parseInt(s);
  }

  private static long l(String s) {
    return Long.parseLong(s);
  }
}
