package dev.structview.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Options with values in both spellings, one positional file, and a clear refusal of the rest. */
class ArgsTest {
  private static final Set<String> DUMP = Set.of("format", "offset", "count");

  @Test
  void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() {
    Args args = Args.parse("dump", List.of("--format", "<IhB", "f.bin", "--offset=0x10", "--count", "3"), DUMP);
    assertEquals("<IhB", args.option("format"));
    assertEquals(16, args.number("offset", 0));
    assertEquals(3, args.number("count", -1));
    assertEquals(Path.of("f.bin"), args.file());
    assertNull(args.option("nothing"));
  }

  @Test
  void aDoubleDashEndsTheOptions() {
    assertEquals(Path.of("--count"), Args.parse("dump", List.of("--", "--count"), DUMP).file());
  }

  @Test
  void mistakesAreUsageErrorsThatNameTheArgument() {
    assertMessage("dump: unknown option --formt; it takes --count, --format, --offset",
        List.of("--formt", "x", "f"));
    assertMessage("dump: --count needs a value", List.of("f", "--count"));
    assertMessage("dump: --count is given twice", List.of("--count=1", "--count", "2", "f"));
    UsageException negative = assertThrows(UsageException.class,
        () -> Args.parse("dump", List.of("--count=-1", "f"), DUMP).number("count", 0));
    assertEquals("dump: --count must be a whole number of at least 0, got \"-1\"", negative.getMessage());
    UsageException twoFiles = assertThrows(UsageException.class,
        () -> Args.parse("dump", List.of("a", "b"), DUMP).file());
    assertEquals("dump: expected one FILE, got 2: a b", twoFiles.getMessage());
    UsageException noFile = assertThrows(UsageException.class, () -> Args.parse("dump", List.of(), DUMP).file());
    assertEquals("dump: expected one FILE, got none", noFile.getMessage());
  }

  private static void assertMessage(String expected, List<String> args) {
    UsageException e = assertThrows(UsageException.class, () -> Args.parse("dump", args, DUMP));
    assertEquals(expected, e.getMessage());
  }
}
