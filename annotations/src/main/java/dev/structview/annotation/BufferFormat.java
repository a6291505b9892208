package dev.structview.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the binary layout of a record interface with a Python {@code struct} format string.
 *
 * <pre>{@code
 * @BufferFormat("<IhB")
 * public interface Tick {
 *   long id();       // 'I'  uint32, little-endian
 *   short delta();   // 'h'  int16
 *   int flags();     // 'B'  uint8
 * }
 * }</pre>
 *
 * <p>The format follows CPython's {@code struct} grammar exactly: an optional byte-order prefix
 * ({@code @ = < > !}; none means native {@code @}), then items of an optional decimal count and a
 * code ({@code x c b B ? h H i I l L q Q n N e f d s p P}; {@code n N P} only in native mode),
 * separated by optional whitespace. Sizes and offsets are those of
 * {@code dev.structview.format.FormatParser}, the runtime's parser, which the annotation processor
 * calls at compile time, so a generated layout and {@code struct.calcsize} can never disagree.
 *
 * <h2>Compile-time checks</h2>
 *
 * <ul>
 *   <li>{@code [structview.format]} The format must parse. A bad format is a compile error on this
 *       annotation's value that gives CPython's reason, the offending character, its index and the
 *       fix, for example: {@code bad char in struct format: 'z' at index 3 is not a format code}.
 *   <li>{@code [structview.target]} Only interfaces may carry this annotation.
 * </ul>
 *
 * <p>Each annotated interface is checked on its own: a mistake in one never stops the others.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface BufferFormat {
  /**
   * The struct format string, such as {@code "<IhB"}.
   *
   * @return the format
   */
  String value();

  /**
   * The simple name of the generated class; empty (the default) lets the processor choose.
   *
   * @return the class name, or empty
   */
  String name() default "";

  /**
   * The charset that {@code String} accessors of {@code s} and {@code p} fields decode and encode
   * with; ISO-8859-1 (the default) maps every byte to one character, so any bytes round-trip.
   *
   * @return a charset name the JVM supports
   */
  String charset() default "ISO-8859-1";
}
