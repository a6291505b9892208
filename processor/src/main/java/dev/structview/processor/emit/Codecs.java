package dev.structview.processor.emit;

import com.palantir.javapoet.CodeBlock;
import dev.structview.format.ByteOrderMode;
import dev.structview.format.FieldLayout;
import dev.structview.format.FormatCode;
import dev.structview.processor.model.JavaType.Kind;

/**
 * The expressions that read and write one element of a field as a Java type: the generated
 * counterpart of the binding table. Reads are expressions; writes are statements (no semicolon).
 */
final class Codecs {
  private Codecs() {}

  /** The byte-order argument: a literal for fixed orders, the platform constant for native ones. */
  static CodeBlock order(FieldLayout f) {
    ByteOrderMode mode = f.mode();
    boolean nativeOrder = mode == ByteOrderMode.NATIVE || mode == ByteOrderMode.STANDARD_NATIVE_ORDER
        || mode == ByteOrderMode.NATIVE_UNALIGNED;
    return nativeOrder ? CodeBlock.of("$T.NATIVE_BIG_ENDIAN", Runtime.BYTE_STORE) : CodeBlock.of("$L", mode.bigEndian());
  }

  /** Reads the raw bits of an element: a byte, short, int or long. */
  private static CodeBlock raw(FieldLayout f, CodeBlock index) {
    switch ((int) f.elementSize()) {
      case 1: return CodeBlock.of("store.getByte($L)", index);
      case 2: return CodeBlock.of("store.getShort($L, $L)", index, order(f));
      case 4: return CodeBlock.of("store.getInt($L, $L)", index, order(f));
      default: return CodeBlock.of("store.getLong($L, $L)", index, order(f));
    }
  }

  static CodeBlock read(FieldLayout f, Kind kind, CodeBlock index) {
    FormatCode code = f.code();
    CodeBlock raw = raw(f, index);
    return switch (code.kind()) { // exhaustive: a new kind is a compile error here
      case BOOL -> CodeBlock.of("$L != 0", raw);
      case CHAR -> kind == Kind.CHAR ? CodeBlock.of("(char) ($L & 0xFF)", raw) : raw;
      case FLOAT -> readFloat(code, raw);
      case SIGNED -> raw; // widening to a larger Java type is implicit
      case UNSIGNED, POINTER -> readUnsigned(f.elementSize(), kind, raw);
      case PAD, STRING, PASCAL -> throw notScalar(code);
    };
  }

  /** A code that the binder never hands to scalar reads and writes. */
  private static IllegalStateException notScalar(FormatCode code) {
    return new IllegalStateException("'" + code + "' is not a scalar code");
  }

  private static CodeBlock readFloat(FormatCode code, CodeBlock raw) {
    return switch (code) { // a float read as double widens implicitly
      case HALF_FLOAT -> CodeBlock.of("$T.toFloat($L)", Runtime.HALF_FLOAT, raw);
      case FLOAT -> CodeBlock.of("$T.intBitsToFloat($L)", Runtime.FLOAT, raw);
      case DOUBLE -> CodeBlock.of("$T.longBitsToDouble($L)", Runtime.DOUBLE, raw);
      default -> throw notScalar(code); // not a float code
    };
  }

  private static CodeBlock readUnsigned(long size, Kind kind, CodeBlock raw) {
    if (isSignedJavaInteger(kind) && width(kind) == size) {
      return raw; // the raw bits, in the signed type of the same width
    }
    switch ((int) size) {
      case 1:
        return kind == Kind.SHORT ? CodeBlock.of("(short) ($L & 0xFF)", raw)
            : CodeBlock.of("$L & 0xFF$L", raw, kind == Kind.LONG ? "L" : "");
      case 2:
        return kind == Kind.CHAR ? CodeBlock.of("(char) $L", raw)
            : CodeBlock.of("$L & 0xFFFF$L", raw, kind == Kind.LONG ? "L" : "");
      case 4:
        return CodeBlock.of("$L & 0xFFFF_FFFFL", raw);
      default:
        return CodeBlock.of("$T.unsigned64($L)", Runtime.CONVERSIONS, raw); // BigInteger
    }
  }

  static CodeBlock write(FieldLayout f, Kind kind, CodeBlock index, CodeBlock value) {
    FormatCode code = f.code();
    return switch (code.kind()) {
      case BOOL -> CodeBlock.of("store.putByte($L, (byte) ($L ? 1 : 0))", index, value);
      case CHAR -> kind == Kind.CHAR
          ? CodeBlock.of("store.putByte($L, (byte) $T.unsigned($L, 8, 'c'))", index, Runtime.CONVERSIONS, value)
          : CodeBlock.of("store.putByte($L, $L)", index, value);
      case FLOAT -> writeFloat(f, kind, index, value);
      case SIGNED, UNSIGNED, POINTER -> writeInteger(f, kind, index, value);
      case PAD, STRING, PASCAL -> throw notScalar(code);
    };
  }

  private static CodeBlock writeInteger(FieldLayout f, Kind kind, CodeBlock index, CodeBlock value) {
    CodeBlock stored = checked(f, kind, value);
    return put(f, index, stored, stored != value || kind == Kind.CHAR);
  }

  /**
   * The statement that checks a value as {@link #write} would, without writing it, or {@code null}
   * when every value of the Java type is storable: whole-record and whole-array writes check
   * everything first, so that a refused value leaves the record as it was.
   */
  static CodeBlock validation(FieldLayout f, Kind kind, CodeBlock value) {
    return switch (f.code().kind()) {
      case BOOL -> null;
      case CHAR -> kind == Kind.CHAR ? CodeBlock.of("$T.unsigned($L, 8, 'c')", Runtime.CONVERSIONS, value) : null;
      case FLOAT -> floatValidation(f, kind, value);
      case SIGNED, UNSIGNED, POINTER -> {
        CodeBlock checked = checked(f, kind, value);
        yield checked == value ? null : checked;
      }
      case PAD, STRING, PASCAL -> throw notScalar(f.code());
    };
  }

  private static CodeBlock floatValidation(FieldLayout f, Kind kind, CodeBlock value) {
    if (f.code() == FormatCode.HALF_FLOAT) {
      return CodeBlock.of("$T.half($L)", Runtime.CONVERSIONS, value);
    }
    boolean narrowed = f.code() == FormatCode.FLOAT && kind != Kind.FLOAT && !f.mode().nativeSizes();
    return narrowed ? CodeBlock.of("$T.narrow($L, true)", Runtime.CONVERSIONS, value) : null;
  }

  private static CodeBlock writeFloat(FieldLayout f, Kind kind, CodeBlock index, CodeBlock value) {
    switch (f.code()) {
      case HALF_FLOAT:
        return CodeBlock.of("store.putShort($L, $L, $T.half($L))", index, order(f), Runtime.CONVERSIONS, value);
      case FLOAT:
        CodeBlock bits = kind == Kind.FLOAT ? value
            : CodeBlock.of("$T.narrow($L, $L)", Runtime.CONVERSIONS, value, !f.mode().nativeSizes());
        return CodeBlock.of("store.putInt($L, $L, $T.floatToRawIntBits($L))", index, order(f), Runtime.FLOAT, bits);
      case DOUBLE:
        return CodeBlock.of("store.putLong($L, $L, $T.doubleToRawLongBits($L))", index, order(f), Runtime.DOUBLE, value);
      default:
        throw notScalar(f.code()); // not a float code
    }
  }

  /** The value to store, range-checked when the Java type is wider than the code. */
  private static CodeBlock checked(FieldLayout f, Kind kind, CodeBlock value) {
    long size = f.elementSize();
    char code = f.code().code();
    if (kind == Kind.BIG_INTEGER) {
      return f.code() == FormatCode.POINTER
          ? CodeBlock.of("$T.pointer($L)", Runtime.CONVERSIONS, value) // struct also takes negative pointers
          : CodeBlock.of("$T.unsigned64($L, '$L')", Runtime.CONVERSIONS, value, code);
    }
    if (isSignedJavaInteger(kind) && width(kind) <= size) {
      return value; // the same width: the raw bits
    }
    if (kind == Kind.CHAR && size == 2) {
      return value; // a char is exactly an unsigned 16-bit value
    }
    String check = f.code().isSigned() ? "signed" : "unsigned";
    return CodeBlock.of("$T.$L($L, $L, '$L')", Runtime.CONVERSIONS, check, value, size * 8, code);
  }

  /** Stores a value, casting it down only when it is wider than the element (no redundant casts). */
  private static CodeBlock put(FieldLayout f, CodeBlock index, CodeBlock value, boolean wider) {
    switch ((int) f.elementSize()) {
      case 1: return CodeBlock.of("store.putByte($L, $L$L)", index, wider ? "(byte) " : "", value);
      case 2: return CodeBlock.of("store.putShort($L, $L, $L$L)", index, order(f), wider ? "(short) " : "", value);
      case 4: return CodeBlock.of("store.putInt($L, $L, $L$L)", index, order(f), wider ? "(int) " : "", value);
      default: return CodeBlock.of("store.putLong($L, $L, $L)", index, order(f), value);
    }
  }

  private static boolean isSignedJavaInteger(Kind kind) {
    return kind == Kind.BYTE || kind == Kind.SHORT || kind == Kind.INT || kind == Kind.LONG;
  }

  /** The width in bytes of a Java integer type. */
  static long width(Kind kind) {
    switch (kind) {
      case BYTE: return 1;
      case SHORT:
      case CHAR:
        return 2;
      case INT: return 4;
      default: return 8;
    }
  }
}
