package dev.structview.samples.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GNU {@code readelf -h -S -W}, the independent reader the ELF tests compare with: runs it and
 * parses the header block and the section table it prints.
 */
final class ReadElf {
  static final Path READELF = Path.of("/usr/bin/readelf");

  /**
   * {@code [Nr] Name Type Address Off Size ES Flg Lk Inf Al}. The name is one word or empty
   * (section 0); under -W the type is not truncated and may hold spaces; the address is 8 or 16
   * digits; the flags may be empty.
   */
  private static final Pattern SECTION = Pattern.compile("^\\s*\\[\\s*(\\d+)] (\\S*)\\s+(.+?)\\s+([0-9a-f]{16}|"
      + "[0-9a-f]{8}) ([0-9a-f]+) ([0-9a-f]+) ([0-9a-f]+) +([A-Za-z]*) +(\\d+) +(\\d+) +(\\d+)$");
  private static final Pattern HEADER_FIELD = Pattern.compile("^  ([^:]+):\\s*(.*?)\\s*$");

  /** One row of the section table, numbers parsed. */
  record SectionLine(int index, String name, String type, long address, long offset, long size, long entrySize,
      String flags, long link, long info, long alignment) {}

  /**
   * What readelf printed: header values by label (a label may repeat: {@code Version}), the
   * header lines as printed, and the sections.
   */
  record Output(Map<String, List<String>> header, List<String> headerLines, List<SectionLine> sections) {
    String field(String label) {
      return field(label, 0);
    }

    String field(String label, int occurrence) {
      List<String> values = header.get(label);
      assertTrue(values != null && values.size() > occurrence, "readelf printed no " + label + " line");
      return values.get(occurrence);
    }
  }

  private ReadElf() {}

  static boolean available() {
    return Files.isExecutable(READELF);
  }

  /** Runs readelf in the C locale (its messages and formats untranslated) and parses its output. */
  static Output run(Path file) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(READELF.toString(), "-h", "-S", "-W", file.toString())
        .redirectError(Redirect.DISCARD);
    builder.environment().put("LC_ALL", "C");
    Process process = builder.start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), "readelf failed on " + file);
    return parse(text);
  }

  static Output parse(String text) {
    Map<String, List<String>> header = new LinkedHashMap<>();
    List<String> headerLines = new ArrayList<>();
    List<SectionLine> sections = new ArrayList<>();
    boolean inHeader = false;
    for (String line : text.split("\n")) {
      if (line.equals("ELF Header:")) {
        inHeader = true;
      } else if (inHeader && line.isBlank()) {
        inHeader = false;
      } else if (inHeader) {
        headerLines.add(line.stripTrailing());
        Matcher m = HEADER_FIELD.matcher(line);
        assertTrue(m.matches(), "unexpected readelf header line: " + line);
        header.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
      } else if (line.startsWith("  [") && !line.startsWith("  [Nr]")) {
        sections.add(section(line));
      }
    }
    return new Output(header, headerLines, sections);
  }

  private static SectionLine section(String line) {
    Matcher m = SECTION.matcher(line);
    assertTrue(m.matches(), "unexpected readelf section line: " + line);
    return new SectionLine(Integer.parseInt(m.group(1)), m.group(2), m.group(3), hex(m.group(4)), hex(m.group(5)),
        hex(m.group(6)), hex(m.group(7)), m.group(8), Long.parseLong(m.group(9)), Long.parseLong(m.group(10)),
        Long.parseLong(m.group(11)));
  }

  private static long hex(String digits) {
    return Long.parseUnsignedLong(digits, 16);
  }
}
