package dev.structview.processor.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.processor.report.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the message catalogue, the annotation's javadoc and this suite from drifting apart: every
 * {@link Diagnostic} tag is listed in {@code @BufferFormat}'s javadoc and the javadoc lists no
 * other, and every tag is asserted by an enabled test of this package.
 */
class CatalogueTest {
  private static final Path MODULE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  private static final Path JAVADOC =
      MODULE.resolve("../annotations/src/main/java/dev/structview/annotation/BufferFormat.java");
  private static final Path SUITE = MODULE.resolve("src/test/java/dev/structview/processor/diagnostics");

  /** {@code [structview.x]} as the javadoc lists it: {@code <li>{@code [structview.format]} ...}. */
  private static final Pattern LISTED = Pattern.compile("<li>\\{@code \\[(structview\\.[a-z.]+)]}");
  /** A tag an assertion checks: {@code assertOnlyError(compilation, Diagnostic.FORMAT)}. */
  private static final Pattern ASSERTED =
      Pattern.compile("assert(?:Only)?Error\\([^;]*?Diagnostic\\.([A-Z_]+)", Pattern.DOTALL);
  /** Where each test method starts, so that disabled ones can be left out. */
  private static final Pattern TEST_START = Pattern.compile("(?m)^ {2}@(?:Test|ParameterizedTest)\\b");

  @Test
  void everyTagHasTheShapeUsersSearchFor() {
    Set<String> tags = new TreeSet<>();
    for (Diagnostic d : Diagnostic.values()) {
      assertTrue(d.tag().matches("structview\\.[a-z]+(\\.[a-z]+)?"), d + " has tag " + d.tag());
      assertTrue(tags.add(d.tag()), "two constants share the tag " + d.tag());
      assertTrue(d.format(new Object[8]).startsWith("[" + d.tag() + "] "), d + " does not start with its tag");
    }
  }

  @Test
  void theJavadocListsExactlyTheCataloguedTags() {
    Set<String> listed = new TreeSet<>();
    Matcher m = LISTED.matcher(read(JAVADOC));
    while (m.find()) {
      listed.add(m.group(1));
    }
    Set<String> catalogued = Arrays.stream(Diagnostic.values()).map(Diagnostic::tag)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(catalogued, listed, "Diagnostic's tags (expected) against those listed in " + JAVADOC.normalize());
  }

  @Test
  void everyTagIsAssertedByAnEnabledTest() {
    Set<Diagnostic> asserted = EnumSet.noneOf(Diagnostic.class);
    for (String method : enabledTestMethods()) {
      Matcher m = ASSERTED.matcher(method);
      while (m.find()) {
        asserted.add(Diagnostic.valueOf(m.group(1)));
      }
    }
    Set<Diagnostic> missing = EnumSet.complementOf(EnumSet.copyOf(asserted));
    assertTrue(missing.isEmpty(), "no enabled test in " + SUITE.normalize() + " asserts " + missing);
  }

  /** The text of every test method of this package that is not {@code @Disabled}. */
  private static List<String> enabledTestMethods() {
    try (Stream<Path> files = Files.list(SUITE)) {
      List<Path> sources = files.filter(p -> p.toString().endsWith("Test.java")).collect(Collectors.toList());
      assertTrue(sources.size() > 1, "no test sources found in " + SUITE.toAbsolutePath());
      return sources.stream()
          .flatMap(p -> Arrays.stream(TEST_START.split(read(p))).skip(1))
          .filter(method -> !method.substring(0, method.indexOf(" void ")).contains("@Disabled"))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.toAbsolutePath().normalize(), e);
    }
  }
}
