package dev.structview.npy;

import java.util.List;
import java.util.StringJoiner;

/**
 * A dtype as NumPy's {@code _dtype.py} spells it: {@code repr(dtype)} ({@code dtype('int16')},
 * {@code dtype('>i2')}, {@code dtype([('id', '<u4'), ('flags', 'u1')])}), the short form an array's
 * {@code repr} appends ({@code dtype=int16}), and whether that form is left out because the values
 * imply it ({@code arrayprint.dtype_is_implied}).
 */
final class DtypeRepr {
  private DtypeRepr() {}

  /** Returns {@code repr(dtype)}. */
  static String repr(Dtype type) {
    if (type instanceof Dtype.Struct s) {
      return "dtype(" + struct(s) + ")";
    }
    Dtype.Scalar s = (Dtype.Scalar) type;
    return "dtype('" + (isNumber(s) && isNative(s) ? typeName(s) : scalar(s, false)) + "')";
  }

  /** Returns {@code arrayprint.dtype_short_repr(dtype)}: what follows {@code dtype=} in an array's repr. */
  static String shortRepr(Dtype type) {
    if (type instanceof Dtype.Struct s) {
      return struct(s);
    }
    Dtype.Scalar s = (Dtype.Scalar) type;
    // dtype.name where it is a word (bool, int16); str(dtype) for flexible and swapped types
    return (isNumber(s) || s.kind() == 'b') && isNative(s) ? typeName(s) : "'" + s.typestr() + "'";
  }

  /** Whether an array's repr leaves the dtype out: a native int64, float64, complex128 or bool. */
  static boolean isImplied(Dtype type) {
    if (!(type instanceof Dtype.Scalar s) || !isNative(s)) {
      return false;
    }
    return s.kind() == 'b' || (s.kind() == 'i' || s.kind() == 'f') && s.size() == 8 || s.kind() == 'c' && s.size() == 16;
  }

  /** Python's repr of a tuple of dimensions: {@code (3,)}, {@code (2, 2)}, {@code ()}. */
  static String tuple(long[] shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    StringJoiner j = new StringJoiner(", ", "(", ")");
    for (long d : shape) {
      j.add(Long.toString(d));
    }
    return j.toString();
  }

  private static boolean isNumber(Dtype.Scalar s) {
    return "iufc".indexOf(s.kind()) >= 0;
  }

  private static boolean isNative(Dtype.Scalar s) {
    return s.order() == '=' || s.order() == '|';
  }

  /** {@code int16}, {@code uint8}, {@code float64}, {@code complex128}, {@code bool}. */
  private static String typeName(Dtype.Scalar s) {
    String kind = switch (s.kind()) {
      case 'b' -> "bool";
      case 'i' -> "int";
      case 'u' -> "uint";
      case 'f' -> "float";
      default -> "complex";
    };
    return s.kind() == 'b' ? kind : kind + s.size() * 8;
  }

  /** {@code _scalar_str}, unquoted: {@code '?'} / {@code bool}, {@code S3}, {@code <U3}, {@code V2}, {@code <i4}, {@code u1}. */
  private static String scalar(Dtype.Scalar s, boolean shortForm) {
    return switch (s.kind()) {
      case 'b' -> shortForm ? "?" : "bool";
      case 'S', 'V' -> s.kind() + Long.toString(s.size());
      default -> s.order() == '|' ? s.typestr().substring(1) : s.typestr();
    };
  }

  /** {@code _construction_repr(dtype, short=True)}, as a field's type is written. */
  private static String field(Dtype type) {
    if (type instanceof Dtype.Struct s) {
      return struct(s);
    }
    if (type instanceof Dtype.SubArray sub) {
      return "(" + field(sub.base()) + ", " + tuple(sub.shape()) + ")";
    }
    return "'" + scalar((Dtype.Scalar) type, true) + "'";
  }

  /** {@code _struct_str}: the list form for packed fields, the dictionary form for any gap. */
  private static String struct(Dtype.Struct s) {
    return isPacked(s) ? list(s.fields()) : dictionary(s);
  }

  private static boolean isPacked(Dtype.Struct s) {
    long offset = 0;
    for (Dtype.Field f : s.fields()) {
      if (f.offset() != offset) {
        return false;
      }
      offset += f.type().itemsize();
    }
    return offset == s.itemsize();
  }

  private static String list(List<Dtype.Field> fields) {
    StringJoiner j = new StringJoiner(", ", "[", "]");
    for (Dtype.Field f : fields) {
      String name = f.title() == null ? PyRepr.repr(f.name()) : "(" + PyRepr.repr(f.title()) + ", "
          + PyRepr.repr(f.name()) + ")";
      String type = f.type() instanceof Dtype.SubArray sub ? field(sub.base()) + ", " + tuple(sub.shape())
          : field(f.type());
      j.add("(" + name + ", " + type + ")");
    }
    return j.toString();
  }

  private static String dictionary(Dtype.Struct s) {
    StringJoiner names = new StringJoiner(", ", "{'names': [", "]");
    StringJoiner formats = new StringJoiner(", ", ", 'formats': [", "]");
    StringJoiner offsets = new StringJoiner(", ", ", 'offsets': [", "]");
    StringJoiner titles = new StringJoiner(", ", ", 'titles': [", "]");
    boolean titled = false;
    for (Dtype.Field f : s.fields()) {
      names.add(PyRepr.repr(f.name()));
      formats.add(field(f.type()));
      offsets.add(Long.toString(f.offset()));
      titles.add(f.title() == null ? "None" : PyRepr.repr(f.title()));
      titled |= f.title() != null;
    }
    return names + formats.toString() + offsets + (titled ? titles.toString() : "") + ", 'itemsize': "
        + s.itemsize() + "}";
  }
}
