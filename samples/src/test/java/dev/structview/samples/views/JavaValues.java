package dev.structview.samples.views;

import dev.structview.samples.views.ViewVectors.Prop;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Converts between the generator's tokens and Java values of a property's type. Floats are compared
 * by the bits of the double CPython holds: a Java {@code float} is widened first, as C widens.
 */
final class JavaValues {
  private static final HexFormat HEX = HexFormat.of();

  private JavaValues() {}

  /** The Java class of a type name from the vectors. */
  static Class<?> type(String name) {
    return switch (name) {
      case "boolean" -> boolean.class;
      case "byte" -> byte.class;
      case "short" -> short.class;
      case "char" -> char.class;
      case "int" -> int.class;
      case "long" -> long.class;
      case "float" -> float.class;
      case "double" -> double.class;
      case "BigInteger" -> BigInteger.class;
      case "String" -> String.class;
      default -> {
        if (name.endsWith("[]")) {
          yield type(name.substring(0, name.length() - 2)).arrayType();
        }
        throw new IllegalArgumentException("no Java type " + name);
      }
    };
  }

  /** An input token as the argument of the property's setter (a whole array for arrays). */
  static Object input(Prop p, String token) {
    return parse(p, token, true);
  }

  /** A read token as the value the property's getter returns (floats narrowed from CPython's double). */
  static Object expected(Prop p, String token) {
    return parse(p, token, false);
  }

  /** One element of an array property, from its token. */
  static Object element(Prop p, String token, boolean input) {
    return scalar(p.elementType(), token, input);
  }

  private static Object parse(Prop p, String token, boolean input) {
    if (p.isText()) {
      byte[] bytes = ViewVectors.hex(token);
      return p.javaType().equals("String") ? new String(bytes, StandardCharsets.UTF_8) : bytes;
    }
    if (!p.isArray()) {
      return scalar(p.javaType(), token, input);
    }
    String[] parts = token.split(",");
    Object array = Array.newInstance(type(p.elementType()), parts.length);
    for (int i = 0; i < parts.length; i++) {
      Array.set(array, i, scalar(p.elementType(), parts[i], input));
    }
    return array;
  }

  private static Object scalar(String type, String token, boolean input) {
    return switch (type) {
      case "boolean" -> parseBoolean(token);
      case "byte" -> Byte.parseByte(token);
      case "short" -> Short.parseShort(token);
      case "char" -> (char) Integer.parseInt(token);
      case "int" -> Integer.parseInt(token);
      case "long" -> Long.parseLong(token);
      case "BigInteger" -> new BigInteger(token);
      case "double" -> Double.longBitsToDouble(Long.parseUnsignedLong(token, 16));
      case "float" -> input ? Float.intBitsToFloat(Integer.parseUnsignedInt(token, 16))
          : (float) Double.longBitsToDouble(Long.parseUnsignedLong(token, 16));
      default -> throw new IllegalArgumentException("no scalar type " + type);
    };
  }

  private static boolean parseBoolean(String token) {
    if (!token.equals("true") && !token.equals("false")) {
      throw new IllegalArgumentException("not a boolean token: " + token);
    }
    return token.equals("true");
  }

  /** The read token of a value a getter returned: what the vectors hold for it. */
  static String token(Prop p, Object value) {
    if (p.isText()) {
      byte[] bytes = value instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) value;
      return bytes.length == 0 ? "-" : HEX.formatHex(bytes);
    }
    if (!p.isArray()) {
      return elementToken(value);
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < Array.getLength(value); i++) {
      parts.add(elementToken(Array.get(value, i)));
    }
    return String.join(",", parts);
  }

  /** The read token of one scalar value. */
  static String elementToken(Object value) {
    if (value instanceof Float f) {
      double widened = f; // as C widens: the vectors hold the double CPython made of the float
      return HEX.toHexDigits(Double.doubleToRawLongBits(widened));
    }
    if (value instanceof Double d) {
      return HEX.toHexDigits(Double.doubleToRawLongBits(d));
    }
    if (value instanceof Character c) {
      return Integer.toString(c);
    }
    return String.valueOf(value);
  }

  /** A readable rendering of a read token, for failure messages: floats also in decimal. */
  static String describe(Prop p, String token) {
    if (!p.elementType().equals("float") && !p.elementType().equals("double") || token.equals("-")) {
      return token;
    }
    List<String> parts = new ArrayList<>();
    for (String t : token.split(",")) {
      parts.add(t + " (" + Double.longBitsToDouble(Long.parseUnsignedLong(t, 16)) + ")");
    }
    return String.join(",", parts);
  }

  /** The zero of a property's element type, for the other elements of an array set one at a time. */
  static Object zero(Prop p) {
    return switch (p.elementType()) {
      case "boolean" -> false;
      case "byte" -> (byte) 0;
      case "short" -> (short) 0;
      case "char" -> (char) 0;
      case "int" -> 0;
      case "long" -> 0L;
      case "float" -> 0f;
      case "double" -> 0d;
      case "BigInteger" -> BigInteger.ZERO;
      default -> throw new IllegalArgumentException("no zero for " + p.elementType());
    };
  }
}
