package dev.structview.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Options with values in both spellings, one positional file or {@code -}, help, and a clear refusal of the rest. */
class ArgsTest {
  private static final Set<String> DUMP = Set.of("format", "offset", "count");

  @Test
  void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() {
    Args args = Args.parse("dump", List.of("--format", "<IhB", "f.bin", "--offset=0x10", "--count", "3"), DUMP);
    assertEquals("<IhB", args.option("format"));
    assertEquals(16, args.number("offset", 0));
    assertEquals(3, args.number("count", -1));
    assertEquals(Path.of("f.bin").toString(), args.input().name());
    assertNull(args.option("nothing"));
  }

  @Test
  void aDoubleDashEndsTheOptions() {
    assertEquals("--count", Args.parse("dump", List.of("--", "--count"), DUMP).input().name());
    assertEquals("-x", Args.parse("dump", List.of("--", "-x"), DUMP).input().name());
  }

  @Test
  void aLoneDashIsStandardInput() {
    Input input = Args.parse("dump", List.of("--format", "<I", "-"), DUMP).input();
    assertTrue(input.isStandardInput());
    assertEquals("standard input", input.name());
  }

  @Test
  void helpStopsTheParsingWhereverItIs() {
    assertTrue(Args.parse("dump", List.of("--format", "<I", "-h", "--nonsense"), DUMP).help());
    assertTrue(Args.parse("dump", List.of("f", "--help"), DUMP).help());
    assertFalse(Args.parse("dump", List.of("--", "--help"), DUMP).help());
  }

  @Test
  void aMistypedOptionGetsTheOneMeant() {
    assertMessage("dump: unknown option --fromat; did you mean --format?", List.of("--fromat", "x", "f"));
    assertMessage("dump: unknown option --Count; did you mean --count?", List.of("--Count=3", "f"));
    assertMessage("dump: unknown option --offsets; did you mean --offset?", List.of("--offsets", "3", "f"));
    assertMessage("dump: unknown option -f; it takes --count, --format, --offset", List.of("-f", "x", "f"));
    UsageException none = assertThrows(UsageException.class, () -> Args.parse("zip", List.of("--all", "f"),
        Set.of()));
    assertEquals("zip: unknown option --all; zip takes no options", none.getMessage());
  }

  @Test
  void mistakesAreUsageErrorsThatNameTheArgument() {
    assertMessage("dump: unknown option --size; it takes --count, --format, --offset",
        List.of("--size", "x", "f"));
    assertMessage("dump: --count needs a value", List.of("f", "--count"));
    assertMessage("dump: --count is given twice", List.of("--count=1", "--count", "2", "f"));
    UsageException negative = assertThrows(UsageException.class,
        () -> Args.parse("dump", List.of("--count=-1", "f"), DUMP).number("count", 0));
    assertEquals("dump: --count must be a whole number of at least 0, got \"-1\"", negative.getMessage());
    UsageException twoFiles = assertThrows(UsageException.class,
        () -> Args.parse("dump", List.of("a", "b"), DUMP).input());
    assertEquals("dump: expected one FILE, got 2: a b", twoFiles.getMessage());
    UsageException noFile = assertThrows(UsageException.class, () -> Args.parse("dump", List.of(), DUMP).input());
    assertEquals("dump: expected one FILE, got none", noFile.getMessage());
  }

  private static void assertMessage(String expected, List<String> args) {
    UsageException e = assertThrows(UsageException.class, () -> Args.parse("dump", args, DUMP));
    assertEquals(expected, e.getMessage());
  }
}
