package dev.structview.npy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a header's {@code 'descr'} into a {@link Dtype}, as {@code numpy.lib.format.descr_to_dtype}
 * does: a type string ({@code '<i4'}), a list of fields {@code (name, descr[, shape])} whose
 * nameless void entries are padding, and {@code (descr, shape)} sub-arrays, nested as NumPy keeps
 * them. Objects, datetimes and timedeltas are refused: no buffer format describes them
 * ({@code memoryview} of such an array fails in NumPy too).
 */
final class DescrParser {
  private final String source;

  private DescrParser(String source) {
    this.source = source;
  }

  /**
   * Returns the dtype a descr describes.
   *
   * @throws NpyFormatException naming {@code source} and the offending part
   */
  static Dtype parse(Object descr, String source) {
    return new DescrParser(source).dtype(descr);
  }

  private Dtype dtype(Object descr) {
    if (descr instanceof String s) {
      return TypeStrings.parse(s, source);
    }
    if (descr instanceof PyLiteral.Tuple t && t.items().size() == 2) {
      return subArray(dtype(t.items().get(0)), t.items().get(1));
    }
    if (descr instanceof List<?> fields) {
      return struct(fields);
    }
    throw error("descr is not a valid dtype descriptor: " + PyRepr.repr(descr));
  }

  /**
   * NumPy's {@code dtype((base, shape))}: an empty shape is the base itself. A base that is a
   * sub-array is kept as the element, not merged into the shape: NumPy's descr, buffer format and
   * repr of {@code (('<i4', (2,)), (3,))} all show the two levels, and its limit of
   * {@value Npy#MAX_NDIM} dimensions applies to each level's shape, not to their sum.
   */
  private Dtype subArray(Dtype base, Object shapeLiteral) {
    long[] shape = shape(shapeLiteral);
    if (shape.length == 0) {
      return base;
    }
    if (shape.length > Npy.MAX_NDIM) {
      throw error("a sub-array shape of " + shape.length + " dimensions; NumPy allows " + Npy.MAX_NDIM);
    }
    long size = base.itemsize();
    for (long d : shape) {
      size = multiply(size, d, "sub-array " + PyRepr.repr(shapeLiteral));
    }
    return new Dtype.SubArray(base, shape);
  }

  private long[] shape(Object literal) {
    List<Object> dims = literal instanceof PyLiteral.Tuple t ? t.items() : List.of(literal);
    long[] shape = new long[dims.size()];
    for (int i = 0; i < shape.length; i++) {
      if (!(dims.get(i) instanceof BigInteger d) || d.signum() < 0 || d.bitLength() > 62) {
        throw error("invalid sub-array shape " + PyRepr.repr(literal));
      }
      shape[i] = d.longValueExact();
    }
    return shape;
  }

  private Dtype struct(List<?> entries) {
    List<Dtype.Field> fields = new ArrayList<>();
    Set<String> used = new HashSet<>();
    long offset = 0;
    for (Object entry : entries) {
      if (!(entry instanceof PyLiteral.Tuple t) || t.items().size() < 2 || t.items().size() > 3) {
        throw error("a field must be (name, descr) or (name, descr, shape), not " + PyRepr.repr(entry));
      }
      List<Object> parts = t.items();
      Dtype type = dtype(parts.get(1));
      if (parts.size() == 3) {
        type = subArray(type, parts.get(2));
      }
      String name = name(parts.get(0), used, type);
      if (!isPadding(name, type)) {
        Object title = parts.get(0) instanceof PyLiteral.Tuple named ? named.items().get(0) : null;
        fields.add(new Dtype.Field(name, (String) title, type, offset));
      }
      offset = add(offset, type.itemsize());
    }
    return new Dtype.Struct(fields, offset);
  }

  /** The name of a field, given as a string or as (title, name); titles must not clash with names. */
  private String name(Object literal, Set<String> used, Dtype type) {
    Object name = literal;
    Object title = null;
    if (literal instanceof PyLiteral.Tuple t && t.items().size() == 2) {
      title = t.items().get(0);
      name = t.items().get(1);
    }
    if (!(name instanceof String s) || (title != null && !(title instanceof String))) {
      throw error("a field name must be a str or a (title, name) pair of str, not " + PyRepr.repr(literal));
    }
    if (!isPadding(s, type) && (!used.add(s) || title != null && !used.add((String) title))) {
      throw error("name already used as a name or title: " + PyRepr.repr(literal));
    }
    return s;
  }

  /** Nameless void bytes, as {@code descr_to_dtype} drops them: NumPy writes gaps so. */
  private static boolean isPadding(String name, Dtype type) {
    return name.isEmpty() && (type instanceof Dtype.SubArray
        || (type instanceof Dtype.Scalar s && s.kind() == 'V'));
  }

  private long add(long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw error("a struct larger than 2^63 bytes");
    }
  }

  private long multiply(long a, long b, String what) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException e) {
      throw error(what + " holds more than 2^63 bytes");
    }
  }

  private NpyFormatException error(String problem) {
    return new NpyFormatException(source, problem);
  }
}
