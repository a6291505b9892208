package dev.structview.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.structview.processor.model.JavaType.Kind;
import dev.structview.processor.model.Property;

/** The JavaPoet type of each model type. */
final class JavaTypes {

  private JavaTypes() {}

  static TypeName of(Kind kind) {
    switch (kind) {
      case BOOLEAN: return TypeName.BOOLEAN;
      case BYTE: return TypeName.BYTE;
      case SHORT: return TypeName.SHORT;
      case CHAR: return TypeName.CHAR;
      case INT: return TypeName.INT;
      case LONG: return TypeName.LONG;
      case FLOAT: return TypeName.FLOAT;
      case DOUBLE: return TypeName.DOUBLE;
      case STRING: return Runtime.STRING;
      case BIG_INTEGER: return Runtime.BIG_INTEGER;
      case BYTE_ARRAY: return ArrayTypeName.of(TypeName.BYTE);
      default:
        Kind element = kind.element();
        if (element != null) {
          return ArrayTypeName.of(of(element));
        }
        throw new IllegalArgumentException("no Java type for " + kind);
    }
  }

  /** The type a property's value has in the Values record. */
  static TypeName value(Property p) {
    if (p instanceof Property.Scalar) {
      return of(((Property.Scalar) p).type().kind());
    }
    if (p instanceof Property.Array) {
      return ArrayTypeName.of(of(((Property.Array) p).element().kind()));
    }
    if (p instanceof Property.Text) {
      return of(((Property.Text) p).type().kind());
    }
    Property.Nested n = (Property.Nested) p;
    ClassName values = Names.values(n.record());
    return n.field().elementCount() == 1 ? values : ArrayTypeName.of(values);
  }

  /** Whether values of this kind compare by reference in Java, so records need Arrays.equals. */
  static boolean isArray(TypeName type) {
    return type instanceof ArrayTypeName;
  }
}
