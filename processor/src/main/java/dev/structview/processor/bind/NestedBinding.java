package dev.structview.processor.bind;

import dev.structview.format.FieldLayout;
import dev.structview.format.FormatException;
import dev.structview.format.FormatParser;
import dev.structview.format.StructFormat;
import dev.structview.processor.Diagnostic;
import dev.structview.processor.Problem;
import dev.structview.processor.model.JavaType.Kind;
import dev.structview.processor.model.Property;
import dev.structview.processor.read.MethodSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a nested {@code T{...}} field to a getter returning another {@code @BufferFormat}
 * interface, whose own format must lay out exactly like the nested struct.
 */
final class NestedBinding {
  private NestedBinding() {}

  static Property bind(PropertyMethods p, FieldLayout f, List<Problem> problems) {
    MethodSource getter = p.getter != null ? p.getter : p.indexedGetter;
    if (getter.returns().kind() != Kind.RECORD) {
      problems.add(Problem.onMethod(getter.origin(), Diagnostic.NESTED_TYPE, getter, f.index(), getter.returns()));
      return null;
    }
    int dims = f.elementCount() == 1 ? 0 : f.dims() == null ? 1 : f.dims().length;
    if (getter.parameters().size() != dims || p.getter != null && p.indexedGetter != null) {
      problems.add(Problem.onMethod(getter.origin(), Diagnostic.ARRAY_INDEX, getter, getter.parameters().size(),
          FieldBinder.symbol(f), f.index(), dims, dims));
      return null;
    }
    String format = getter.returns().record().format();
    StructFormat own;
    try {
      own = FormatParser.parseExtended(format);
    } catch (FormatException e) {
      return null; // the nested interface reports its own format
    }
    if (!sameLayout(own, f.nested())) {
      problems.add(Problem.onMethod(getter.origin(), Diagnostic.NESTED_LAYOUT, getter, getter.returns(), format,
          own.size(), f.nested().format(), f.index(), f.nested().size()));
      return null;
    }
    return new Property.Nested(p.name, f, getter.returns().record(), getter.name());
  }

  /** Two layouts agree when every value lies at the same offset with the same code, count and order. */
  static boolean sameLayout(StructFormat a, StructFormat b) {
    return a.size() == b.size() && leaves(a, 0).equals(leaves(b, 0));
  }

  private static List<String> leaves(StructFormat format, long base) {
    List<String> out = new ArrayList<>();
    for (FieldLayout f : format.fields()) {
      if (f.valueCount() == 0) {
        continue;
      }
      if (f.isNested()) {
        for (long k = 0; k < f.elementCount(); k++) {
          out.addAll(leaves(f.nested(), base + f.offset() + k * f.elementSize()));
        }
      } else {
        out.add((base + f.offset()) + ":" + f.code() + f.count() + ":" + f.order() + ":"
            + (f.dims() == null ? "" : java.util.Arrays.toString(f.dims())));
      }
    }
    return out;
  }
}
