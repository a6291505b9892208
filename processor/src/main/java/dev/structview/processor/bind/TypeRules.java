package dev.structview.processor.bind;

import dev.structview.format.FieldLayout;
import dev.structview.format.FormatCode;
import dev.structview.processor.model.JavaType.Kind;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one table of which Java types each format code binds to, and what to suggest instead.
 *
 * <table class="striped">
 *   <caption>Bindings</caption>
 *   <thead><tr><th>codes</th><th>Java types</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code b}</td><td>byte; short, int, long (widened)</td></tr>
 *     <tr><td>{@code B}</td><td>int, short, long (the unsigned value); byte (the raw bits)</td></tr>
 *     <tr><td>{@code h}</td><td>short; int, long</td></tr>
 *     <tr><td>{@code H}</td><td>int, long, char (the unsigned value); short (the raw bits)</td></tr>
 *     <tr><td>{@code i}, standard {@code l}</td><td>int; long</td></tr>
 *     <tr><td>{@code I}, standard {@code L}</td><td>long (the unsigned value); int (the raw bits)</td></tr>
 *     <tr><td>{@code q n}, native {@code l}</td><td>long</td></tr>
 *     <tr><td>{@code Q N P}, native {@code L}</td><td>long (the raw bits); BigInteger (the unsigned value)</td></tr>
 *     <tr><td>{@code e f}</td><td>float, double</td></tr>
 *     <tr><td>{@code d}</td><td>double</td></tr>
 *     <tr><td>{@code ?}</td><td>boolean</td></tr>
 *     <tr><td>{@code c}</td><td>byte (raw), char (ISO-8859-1)</td></tr>
 *     <tr><td>{@code s p}</td><td>byte[], String</td></tr>
 *   </tbody>
 * </table>
 */
final class TypeRules {
  private static final Set<Kind> INTEGERS = EnumSet.of(Kind.BYTE, Kind.SHORT, Kind.CHAR, Kind.INT, Kind.LONG);

  private TypeRules() {}

  /** How a Java type fits a code. */
  enum Fit { OK, NARROW, WRONG_KIND, UNSUPPORTED }

  /** Returns how an element type fits a field's code. */
  static Fit fit(FieldLayout field, Kind kind) {
    if (kind == Kind.OTHER || kind == Kind.VOID) {
      return Fit.UNSUPPORTED;
    }
    Set<Kind> allowed = allowed(field);
    if (allowed.contains(kind)) {
      return Fit.OK;
    }
    return INTEGERS.contains(kind) && isInteger(field) && !charIsNoNarrower(kind, field)
        || kind == Kind.FLOAT && field.code() == FormatCode.DOUBLE ? Fit.NARROW : Fit.WRONG_KIND;
  }

  /**
   * Whether a {@code char} meets a code of 8 or 16 bits: it is no narrower than those, so where it
   * does not fit (signed codes, 'B') it is the wrong kind, not too narrow.
   */
  private static boolean charIsNoNarrower(Kind kind, FieldLayout field) {
    return kind == Kind.CHAR && field.elementSize() <= 2;
  }

  private static boolean isInteger(FieldLayout field) {
    return field.code().isInteger();
  }

  /** The Java types a code binds to (its elements, for repeated fields). */
  static Set<Kind> allowed(FieldLayout field) {
    FormatCode code = field.code();
    return switch (code.kind()) { // exhaustive: a new kind is a compile error here
      case BOOL -> EnumSet.of(Kind.BOOLEAN);
      case CHAR -> EnumSet.of(Kind.BYTE, Kind.CHAR);
      case FLOAT -> code == FormatCode.DOUBLE ? EnumSet.of(Kind.DOUBLE) : EnumSet.of(Kind.FLOAT, Kind.DOUBLE);
      case STRING, PASCAL -> EnumSet.of(Kind.BYTE_ARRAY, Kind.STRING);
      case SIGNED -> signed(field.elementSize());
      case UNSIGNED, POINTER -> unsigned(field.elementSize());
      case PAD -> EnumSet.noneOf(Kind.class); // pad bytes bind to nothing
    };
  }

  private static Set<Kind> signed(long size) {
    switch ((int) size) {
      case 1: return EnumSet.of(Kind.BYTE, Kind.SHORT, Kind.INT, Kind.LONG);
      case 2: return EnumSet.of(Kind.SHORT, Kind.INT, Kind.LONG);
      case 4: return EnumSet.of(Kind.INT, Kind.LONG);
      default: return EnumSet.of(Kind.LONG);
    }
  }

  private static Set<Kind> unsigned(long size) {
    switch ((int) size) {
      case 1: return EnumSet.of(Kind.INT, Kind.SHORT, Kind.LONG, Kind.BYTE);
      case 2: return EnumSet.of(Kind.INT, Kind.LONG, Kind.CHAR, Kind.SHORT);
      case 4: return EnumSet.of(Kind.LONG, Kind.INT);
      default: return EnumSet.of(Kind.LONG, Kind.BIG_INTEGER);
    }
  }

  /** What a code holds, for messages: {@code an unsigned 32-bit integer}. */
  static String describe(FieldLayout field) {
    FormatCode code = field.code();
    long bits = field.elementSize() * 8;
    return switch (code.kind()) {
      case BOOL -> "a boolean";
      case CHAR -> "one byte";
      case FLOAT -> "a " + bits + "-bit float";
      case STRING -> "a " + field.count() + "-byte string";
      case PASCAL -> "a Pascal string of up to " + Math.max(0, field.count() - 1) + " bytes";
      case SIGNED -> "a signed " + bits + "-bit integer";
      case POINTER -> "a 64-bit pointer";
      case UNSIGNED -> "an unsigned " + bits + "-bit integer";
      case PAD -> field.count() + " pad bytes";
    };
  }

  /** The types to suggest for a code, in the words of a fix: {@code long (the value) or int (the raw bits)}. */
  static String suggest(FieldLayout field) {
    FormatCode code = field.code();
    long size = field.elementSize();
    return switch (code.kind()) {
      case BOOL -> "boolean";
      case CHAR -> "byte or char";
      case FLOAT -> code == FormatCode.DOUBLE ? "double" : "float or double";
      case STRING, PASCAL -> "byte[] or String";
      case SIGNED -> size == 1 ? "byte (or short, int, long)" : size == 2 ? "short (or int, long)"
          : size == 4 ? "int (or long)" : "long";
      case UNSIGNED, POINTER -> size == 1 ? "int (the value) or byte (the raw bits)"
          : size == 2 ? "int or char (the value) or short (the raw bits)"
          : size == 4 ? "long (the value) or int (the raw bits)"
          : "long (the raw bits) or BigInteger (the value)";
      case PAD -> "nothing: pad bytes bind to no accessor";
    };
  }
}
