package dev.structview.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Did you mean": one slip away (a swap counts as one), two for long words, and nothing when far. */
class SuggestionTest {
  private static final List<String> COMMANDS = List.of("dump", "zip", "elf", "wav", "bmp", "help");

  @Test
  void theDistanceCountsASwapAsOneEdit() {
    assertEquals(0, Suggestion.distance("dump", "dump"));
    assertEquals(1, Suggestion.distance("dupm", "dump"));
    assertEquals(1, Suggestion.distance("dmp", "dump"));
    assertEquals(1, Suggestion.distance("dumps", "dump"));
    assertEquals(1, Suggestion.distance("damp", "dump"));
    assertEquals(2, Suggestion.distance("fromta", "format"));
    assertEquals(3, Suggestion.distance("", "elf"));
  }

  @Test
  void closeWordsGetTheCommandMeant() {
    assertEquals(Optional.of("dump"), Suggestion.closest("dupm", COMMANDS));
    assertEquals(Optional.of("dump"), Suggestion.closest("DUMP", COMMANDS));
    assertEquals(Optional.of("zip"), Suggestion.closest("zpi", COMMANDS));
    assertEquals(Optional.of("wav"), Suggestion.closest("wave", COMMANDS));
    assertEquals(Optional.of("format"), Suggestion.closest("fromta", List.of("format", "offset", "count")));
  }

  @Test
  void farWordsGetNothing() {
    assertEquals(Optional.empty(), Suggestion.closest("frob", COMMANDS));
    assertEquals(Optional.empty(), Suggestion.closest("bmpx2", COMMANDS));
    assertEquals(Optional.empty(), Suggestion.closest("x".repeat(1_000_000), COMMANDS));
    assertEquals(Optional.empty(), Suggestion.closest("", COMMANDS));
  }
}
