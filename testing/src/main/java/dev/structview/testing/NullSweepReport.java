package dev.structview.testing;

import java.util.ArrayList;
import java.util.List;

/** What a {@link NullSweep} covered, what it left out and why, and what it found. */
public final class NullSweepReport {
  int classes;
  int members;
  int positions;
  final List<String> excluded = new ArrayList<>();
  final List<String> problems = new ArrayList<>();
  final java.util.SortedSet<String> accepted = new java.util.TreeSet<>();

  NullSweepReport() {}

  /** The public classes swept. */
  public int classes() {
    return classes;
  }

  /** The public constructors and methods with a reference parameter. */
  public int members() {
    return members;
  }

  /** The reference parameter positions called with {@code null}. */
  public int positions() {
    return positions;
  }

  /**
   * The parameters that took {@code null} and returned normally, as {@code "Member(Types)#position"}:
   * the nulls the API gives a meaning to (for an enum, a position any constant accepted).
   */
  public java.util.SortedSet<String> accepted() {
    return java.util.Collections.unmodifiableSortedSet(accepted);
  }

  /** Every finding, one entry each: empty when the sweep passed. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /** The counts and the members left out, with their reasons. */
  public String summary() {
    return classes + " classes, " + members + " members with reference parameters, " + positions
        + " null positions; excluded " + excluded.size() + (excluded.isEmpty() ? "" : ":\n  " + String.join("\n  ", excluded));
  }

  /** The findings, one per line, for an assertion message. */
  public String describeProblems() {
    return problems.size() + " problems:\n  " + String.join("\n  ", problems);
  }
}
