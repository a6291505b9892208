package dev.structview.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the binary layout of a record interface with a Python {@code struct} format string; the
 * structview annotation processor generates a class that implements the interface over bytes.
 *
 * <pre>{@code
 * @BufferFormat("<IhB")
 * public interface Tick {
 *   long id();          // 'I'  uint32, little-endian, as its unsigned value
 *   short delta();      // 'h'  int16
 *   int flags();        // 'B'  uint8, as its unsigned value
 *   void id(long v);    // setters are optional; a view without any is read-only
 * }
 *
 * TickView tick = TickView.wrap(bytes);          // the record at bytes[0..7)
 * long id = tick.id();
 * tick.moveTo(7);                                // the next record, no allocation
 * RecordArray<TickView> all = TickView.array(bytes);
 * byte[] packed = TickView.pack(1L, (short) -2, 3);   // as struct.pack("<IhB", 1, -2, 3)
 * }</pre>
 *
 * <h2>The format</h2>
 *
 * <p>Python's {@code struct} grammar, with its sizes and alignment: an optional byte order
 * ({@code @ = < > !}; none means native {@code @}), then items of an optional count and a code
 * ({@code x c b B ? h H i I l L q Q n N e f d s p P}; {@code n N P} only in native mode), separated
 * by optional whitespace. Such a format is laid out exactly as {@code struct.calcsize} lays it out:
 * the runtime's own parser computes {@code SIZE} and every offset, at compile time.
 *
 * <p>The PEP 3118 extensions are accepted too: field names ({@code "<I:id:h:delta:"}), nested
 * structs ({@code "T{<H:x:H:y:}:pos:"}), subarray shapes ({@code "(2,3)h:grid:"}) and byte-order
 * characters anywhere (including {@code ^}, native sizes without alignment). A {@code T{...}} is
 * laid out as NumPy lays it out: under {@code @} its items are aligned and it is padded to a
 * multiple of its alignment, like a C struct.
 *
 * <h2>Binding rules</h2>
 *
 * <ol>
 *   <li>Every value field binds to one abstract accessor, in declaration order; pad bytes
 *       ({@code x}) and zero-count numeric items bind to nothing; {@code 0s} and {@code 0p} hold one
 *       empty string, as in {@code struct}, and bind like any string. When the format names its fields, every
 *       field must be named, and accessors bind by name instead.
 *   <li>Accessors inherited from superinterfaces (not redeclared, not implemented by a default)
 *       bind too, by name, so they need a format that names its fields. One plain interface can
 *       then serve several layouts, such as a header in either byte order:
 *       {@code @BufferFormat("<H:type:Q:entry:") interface Little extends Header {}} and
 *       {@code @BufferFormat(">H:type:Q:entry:") interface Big extends Header {}}. An accessor that
 *       several superinterfaces declare alike binds once (of {@code CharSequence name()} and
 *       {@code String name()}, the narrower, whose implementation implements both).
 *   <li>A getter takes no parameters and returns the field's Java type; a setter takes one value
 *       of the same type and returns {@code void}. Accessors are record style ({@code id()},
 *       {@code id(long)}) or bean style ({@code getId()}, {@code isOk()} for a boolean,
 *       {@code setId(long)}), one style per interface. An interface without setters is read-only.
 *   <li>A repeated numeric field ({@code "3h"}, {@code "(2,3)h"}) binds to one property: a whole
 *       array ({@code short[] samples()}, {@code void samples(short[])} or {@code short...}), an
 *       indexed element ({@code short samples(int i)}, {@code void samples(int i, short v)}; one
 *       {@code int} per dimension), or both. In declaration order it may instead bind to as many consecutive
 *       scalar accessors ({@code "3f"} to {@code x()}, {@code y()}, {@code z()}).
 *   <li>A nested struct binds to a getter returning another {@code @BufferFormat} interface whose
 *       own format lays out exactly like it ({@code Pos pos()}, or {@code Pos pts(int i)} when it
 *       repeats). The returned view is reused by the next call of the same getter.
 *   <li>{@code default} and {@code static} methods, and {@code toString}, {@code hashCode} and
 *       {@code equals}, are left alone: add computed properties freely.
 * </ol>
 *
 * <h2>Java types</h2>
 *
 * <table class="striped">
 *   <caption>What each code binds to (arrays of the same types for repeated fields)</caption>
 *   <thead><tr><th>codes</th><th>Java types</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code b}</td><td>{@code byte}; {@code short}, {@code int}, {@code long}</td></tr>
 *     <tr><td>{@code B}</td><td>{@code int}, {@code short}, {@code long} (the unsigned value);
 *         {@code byte} (the raw bits)</td></tr>
 *     <tr><td>{@code h}</td><td>{@code short}; {@code int}, {@code long}</td></tr>
 *     <tr><td>{@code H}</td><td>{@code int}, {@code long}, {@code char} (the unsigned value);
 *         {@code short} (the raw bits)</td></tr>
 *     <tr><td>{@code i}, standard {@code l}</td><td>{@code int}; {@code long}</td></tr>
 *     <tr><td>{@code I}, standard {@code L}</td><td>{@code long} (the unsigned value); {@code int} (the raw
 *         bits)</td></tr>
 *     <tr><td>{@code q n}, native {@code l}</td><td>{@code long}</td></tr>
 *     <tr><td>{@code Q N P}, native {@code L}</td><td>{@code long} (the raw bits); {@code BigInteger} (the
 *         unsigned value; {@code P} also takes -2<sup>63</sup> to -1, as {@code struct} does)</td></tr>
 *     <tr><td>{@code e f}</td><td>{@code float}, {@code double}</td></tr>
 *     <tr><td>{@code d}</td><td>{@code double}</td></tr>
 *     <tr><td>{@code ?}</td><td>{@code boolean} (any non-zero byte is true; writes 0 or 1)</td></tr>
 *     <tr><td>{@code c}</td><td>{@code byte}; {@code char} (one ISO-8859-1 character)</td></tr>
 *     <tr><td>{@code s}</td><td>{@code byte[]} (all count bytes); {@code String}: read up to the first
 *         NUL and decoded with {@link #charset()}; written encoded, truncated to count bytes and
 *         NUL-padded, as {@code struct} packs {@code s}; a character the charset cannot encode is
 *         refused, never replaced</td></tr>
 *     <tr><td>{@code p}</td><td>{@code byte[]} or {@code String} of the Pascal string's bytes, packed as
 *         {@code struct} packs {@code p}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>A setter whose type is wider than its code checks the value and throws
 * {@link IllegalArgumentException} with {@code struct}'s message ({@code "'B' format requires 0 <=
 * number <= 255, got 300"}); raw-bits types store the bits as they are. Floats round as
 * {@code struct} rounds them; {@code e} and standard {@code f} refuse finite values that overflow.
 * A refused value is never half written: whole-array setters and {@code pack(Values)} check every
 * value before writing any (as the runtime's {@code Struct.packInto} does, where CPython's
 * {@code pack_into} leaves the fields before a bad value written).
 *
 * <h2>The generated class</h2>
 *
 * <p>One public final class per interface, in the interface's package, named after it with
 * {@code View} added ({@code Tick} gives {@code TickView}; a nested {@code Outer.Tick} gives
 * {@code Outer_TickView}), or {@link #name()}. The interface may be top-level or nested in any
 * class, but not in a source file named for another top-level type (an auxiliary class, which javac
 * warns of using from the generated file). It implements the interface and offers:
 * <ul>
 *   <li>{@code FORMAT}, {@code SIZE} and one {@code NAME_OFFSET} constant per field;
 *   <li>{@code wrap(byte[])}, {@code wrap(byte[], int offset)}, {@code wrap(ByteBuffer, int offset)}
 *       (from the buffer's position), {@code wrap(MemoryView)}; {@code moveTo(int offset)} and
 *       {@code moveTo(byte[], int)} to move the view to another record without allocating; and
 *       {@code recordOffset()}. A view of a buffer sees its bytes from the position to the limit
 *       it had when wrapped, and {@code moveTo} and {@code recordOffset} count from that position.
 *       A view of a record array past 2 GiB counts them in the part of the mapping its store holds,
 *       and {@code recordOffset()} throws {@code IllegalStateException} past 2^31 - 1 (see
 *       {@code RecordArray.iterator()}).
 *       Any view may be placed on read-only memory (a read-only {@code ByteBuffer}, file mapping or
 *       export), setters or not: its reads work, and every write (a setter, an indexed or
 *       whole-array setter, {@code pack(Values)}, the setters of the nested views it returns)
 *       throws {@code dev.structview.buffer.ReadOnlyMemoryException}, a
 *       {@code ReadOnlyBufferException} whose message names the view and the field
 *       ({@code "TickView over read-only memory: id is not writable"}), and writes nothing;
 *   <li>{@code array(byte[])}, {@code array(byte[], int offset, int count)},
 *       {@code array(ByteBuffer)} and {@code array(BufferExporter)} (any {@code MemoryView}):
 *       {@code RecordArray}s with length, indexing, iteration, zero-copy slices (negative steps
 *       included) and N-d shapes with strides, exporting themselves with the record format;
 *   <li>a {@code Values} record of all fields, {@code unpack()}, the static
 *       {@code pack(...)} (bytes, as {@code struct.pack}) and, when there are setters,
 *       {@code pack(Values)} to write a whole record. Its components are named after the
 *       properties, with a {@code _} added to a name Java or records forbid ({@code getClass()} in
 *       bean style gives {@code class_}, {@code byte wait(int i)} gives {@code wait_}), to the
 *       name of a method of the record ({@code getPack()} gives {@code pack_}), and to a name its
 *       code uses ({@code SIZE}, {@code write}, {@code java}, {@code dev}, {@code ByteStore},
 *       {@code Arrays}, {@code Objects}, {@code Float} and the other boxes);
 *       A record too wide for them has none of these: {@code Values} and {@code pack(...)} take one
 *       parameter per property, and a JVM method takes at most 255 slots of parameters, a
 *       constructor's receiver one of them, a {@code long} or {@code double} two. So a record gets
 *       them when its properties take at most 254 slots (127 {@code long}s, 254 {@code int}s), and
 *       every nested record it holds has a {@code Values} of its own. Any record, however wide, is
 *       built with its setters on a view of {@code new byte[SIZE]}, and copied as bytes;
 *   <li>{@code equals}, {@code hashCode} and {@code toString} by field values.
 * </ul>
 * Accessors read and write in place: the record's range is checked once when the view is placed,
 * and no accessor allocates, except those returning arrays, strings or {@code BigInteger}s.
 *
 * <h2>Compile errors</h2>
 *
 * <p>Every mistake is a compile error on its culprit (the annotation value, with the character
 * index for a format error, or the method), whose message starts with a stable tag; one bad
 * interface never stops the others.
 * <ul>
 *   <li>{@code [structview.format]} the format does not parse, or is longer than the 65,535 bytes of
 *       UTF-8 a class-file constant holds;
 *   <li>{@code [structview.size]} the record is larger than 2<sup>31</sup>-9 bytes;
 *   <li>{@code [structview.elements]} one item repeats more than 2<sup>31</sup>-9 elements (elements
 *       of no bytes, such as empty structs, do not make the record larger);
 *   <li>{@code [structview.target]} the annotation is on a class, enum, record or annotation;
 *   <li>{@code [structview.generic]} the interface has type parameters;
 *   <li>{@code [structview.access]} the interface is private;
 *   <li>{@code [structview.auxiliary]} the interface, or a class it is nested in, is an auxiliary
 *       class: a top-level type of a source file named for another ({@code interface Stamp} in
 *       {@code Records.java}), which javac warns of using from another file, as the generated
 *       class must ({@code [auxiliaryclass]}, which no {@code @SuppressWarnings} silences); give it
 *       a file of its own, or nest it;
 *   <li>{@code [structview.inherited]} an accessor is inherited while the format names no fields;
 *   <li>{@code [structview.class.name]} {@link #name()} is not a Java identifier, or is one a class
 *       may not take ({@code var}, {@code yield}, {@code record}, {@code sealed}, {@code permits});
 *   <li>{@code [structview.class.clash]} {@link #name()} is the interface's own name;
 *   <li>{@code [structview.class.member]} {@link #name()} is {@code Type}, {@code Values},
 *       {@code Cursor} or {@code LongCursor}, a class that every generated class declares;
 *   <li>{@code [structview.class.variable]} {@link #name()} is the name of a variable that generated
 *       code declares where it names the classes of nested records ({@code store}, {@code offset},
 *       {@code values}, {@code SIZE}, {@code i}, {@code i0}, ...), which would hide the class there;
 *   <li>{@code [structview.class.exists]} a class of the generated name is already in the compilation;
 *   <li>{@code [structview.hidden]} a name in the generated class's scope hides a class its code must
 *       name, where no other name reaches it: an inherited constant or member type named like a
 *       class of the interface's package that the code names ({@code int PosView = 0}), or like a
 *       {@code java.lang} or runtime type ({@code int Float}) while its root package is hidden too
 *       ({@code int java}), or a class generated in the package in the same round that would change
 *       what the interface's method signatures name ({@code name = "String"} beside
 *       {@code String label()}); a type that qualifying does reach is written qualified instead;
 *   <li>{@code [structview.sealed]} the interface is sealed and does not permit its generated class;
 *   <li>{@code [structview.source.level]} the compilation's source level is below 16 (generated
 *       views declare records);
 *   <li>{@code [structview.charset]} {@link #charset()} is not supported;
 *   <li>{@code [structview.charset.nul]} a {@code String} accessor of an {@code s} field under a
 *       charset that encodes characters with NUL bytes (UTF-16, UTF-32), whose Strings would not
 *       read back (an {@code s} field's String ends at its first NUL);
 *   <li>{@code [structview.style]} record-style and bean-style accessors are mixed;
 *   <li>{@code [structview.getter.parameters]} a getter takes parameters other than int indices;
 *   <li>{@code [structview.getter.void]} a method returns void and takes no value;
 *   <li>{@code [structview.setter.return]} a setter returns a value;
 *   <li>{@code [structview.setter.orphan]} a setter has no getter;
 *   <li>{@code [structview.setter.type]} a setter's type is not its getter's;
 *   <li>{@code [structview.duplicate]} two getters for one property;
 *   <li>{@code [structview.getter.type]} an array getter and an indexed getter of one property disagree on the type;
 *   <li>{@code [structview.throws]} an accessor declares a checked exception;
 *   <li>{@code [structview.fields.extra]} more accessors than fields;
 *   <li>{@code [structview.fields.missing]} a field without an accessor;
 *   <li>{@code [structview.fields.many]} more than 4,096 properties, more than one class file holds the
 *       constants of (group fields into nested structs);
 *   <li>{@code [structview.type.narrow]} a Java type too narrow for its code;
 *   <li>{@code [structview.type.code]} a Java type of the wrong kind for its code;
 *   <li>{@code [structview.type.unsupported]} a Java type no code binds to;
 *   <li>{@code [structview.array.scalar]} an array accessor for a single value;
 *   <li>{@code [structview.array.index]} an indexed accessor with the wrong number of indices;
 *   <li>{@code [structview.array.scalars]} too few scalar accessors for a repeated field;
 *   <li>{@code [structview.array.strings]} an accessor for a repeated string ({@code "(2)3s"}, two 3-byte strings);
 *   <li>{@code [structview.field.name]} no field has the accessor's name;
 *   <li>{@code [structview.field.unnamed]} some fields are named and some not;
 *   <li>{@code [structview.nested.type]} a nested struct bound to a non-{@code @BufferFormat} type;
 *   <li>{@code [structview.nested.layout]} a nested interface's format differs from the struct;
 *   <li>{@code [structview.nested.setter]} a setter for a nested struct;
 *   <li>{@code [structview.nested.invalid]} the nested interface has errors of its own;
 *   <li>{@code [structview.nested.hidden]} the nested interface is in the unnamed package and is, or
 *       is declared in, a type named {@code Type}, {@code Values}, {@code Cursor} or
 *       {@code LongCursor}, which the
 *       generated class's own classes of those names hide;
 *   <li>{@code [structview.name.length]} an accessor's name, or all of them together, would not fit
 *       the 65,535-byte class-file constants of the generated class that carry it (a read-only
 *       refusal's message, {@code toString});
 *   <li>{@code [structview.clash]} an accessor or default method named like a generated member
 *       ({@code wrap}, {@code array}, {@code pack}, {@code moveTo}, {@code recordOffset},
 *       {@code unpack}), or with the signature of a generated static {@code map(Path)} or
 *       {@code map(FileChannel, FileChannel.MapMode, long, long)}, or like {@code Object}'s
 *       protected {@code clone()} and {@code finalize()}, which the generated class inherits;
 *   <li>{@code [structview.internal]} a bug in structview, reported instead of crashing javac.
 * </ul>
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
   * The simple name of the generated class; empty (the default) means the interface's name with
   * {@code View} added.
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
