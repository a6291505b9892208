package dev.structview.processor.bind;

import dev.structview.format.FieldLayout;
import dev.structview.format.FormatException;
import dev.structview.format.FormatParser;
import dev.structview.format.StructFormat;
import dev.structview.processor.model.JavaType.Kind;
import dev.structview.processor.model.Property;
import dev.structview.processor.model.RecordRef;
import dev.structview.processor.model.ViewModel;
import dev.structview.processor.read.MethodSource;
import dev.structview.processor.report.Diagnostic;
import dev.structview.processor.report.Problem;
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
    RecordRef nested = getter.returns().record();
    String outermost = nested.simpleNames().get(0);
    if (nested.packageName().isEmpty() && ViewModel.MEMBER_CLASSES.contains(outermost)) {
      // JavaPoet qualifies a hidden name with its package; the unnamed package has none to add.
      problems.add(Problem.onMethod(getter.origin(), Diagnostic.NESTED_HIDDEN, getter, nested.sourceName(), outermost,
          String.join(", ", ViewModel.MEMBER_CLASSES), outermost));
      return null;
    }
    int dims = f.elementCount() == 1 ? 0 : f.dims() == null ? 1 : f.dims().length;
    if (getter.parameters().size() != dims || p.getter != null && p.indexedGetter != null) {
      problems.add(Problem.onMethod(getter.origin(), Diagnostic.ARRAY_INDEX, getter, getter.parameters().size(),
          FieldBinder.symbol(f), f.index(), FieldBinder.dimensions(f, dims), dims));
      return null;
    }
    String format = nested.format();
    StructFormat own;
    try {
      own = FormatParser.parseExtended(format);
    } catch (FormatException e) {
      // The nested interface reports its format; this one must not generate without the accessor.
      problems.add(Problem.onMethod(getter.origin(), Diagnostic.NESTED_INVALID, getter,
          nested.sourceName()));
      return null;
    }
    if (!sameLayout(own, f.nested())) {
      problems.add(Problem.onMethod(getter.origin(), Diagnostic.NESTED_LAYOUT, getter, getter.returns(), format,
          own.size(), f.nested().format(), f.index(), f.nested().size(), paddingHint(own, f.nested(), format)));
      return null;
    }
    return new Property.Nested(p.name, f, nested, getter.name());
  }

  /**
   * The fix when the only difference is C's trailing padding: under {@code @} a nested struct is
   * padded to a multiple of its alignment, as NumPy and C pad it, while {@code struct.calcsize} of
   * the interface's own format is not. A zero-count item of the struct's alignment pads it the same.
   */
  static String paddingHint(StructFormat own, StructFormat nested, String ownFormat) {
    if (own.size() >= nested.size() || !sameItems(own, nested)) {
      return "";
    }
    char[] codes = {'q', 'i', 'h'};
    int[] alignments = {8, 4, 2};
    for (int i = 0; i < codes.length; i++) {
      long padded = (own.size() + alignments[i] - 1) / alignments[i] * alignments[i];
      if (padded == nested.size()) {
        return ": the nested struct is padded to " + nested.size() + " bytes, as a C struct is, so end the"
            + " interface's format with '0" + codes[i] + "' to pad it alike (\"" + ownFormat + "0" + codes[i] + "\")";
      }
    }
    return "";
  }

  /** The value items agree, whatever the sizes. */
  private static boolean sameItems(StructFormat a, StructFormat b) {
    List<FieldLayout> fa = valueItems(a);
    List<FieldLayout> fb = valueItems(b);
    if (fa.size() != fb.size()) {
      return false;
    }
    for (int i = 0; i < fa.size(); i++) {
      if (!sameItem(fa.get(i), fb.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Two layouts agree when they have the same size and, level by level, the same value items at
   * the same offsets with the same codes, counts, shapes and (where their values have one) byte
   * orders, their nested structs agreeing in turn. Names and pads do not matter. Comparing level
   * by level (not flattened) keeps a struct from matching an interface that contains it, which
   * would recurse forever at run time.
   */
  static boolean sameLayout(StructFormat a, StructFormat b) {
    return a.size() == b.size() && sameItems(a, b);
  }

  private static boolean sameItem(FieldLayout x, FieldLayout y) {
    if (x.offset() != y.offset() || x.count() != y.count() || x.isNested() != y.isNested()
        || !java.util.Arrays.equals(x.dims(), y.dims())) {
      return false;
    }
    if (x.isNested()) {
      return sameLayout(x.nested(), y.nested());
    }
    return x.code() == y.code() && x.elementSize() == y.elementSize()
        && (!x.hasByteOrder() || x.order().equals(y.order()));
  }

  private static List<FieldLayout> valueItems(StructFormat format) {
    List<FieldLayout> out = new ArrayList<>();
    for (FieldLayout f : format.fields()) {
      if (f.valueCount() > 0) {
        out.add(f);
      }
    }
    return out;
  }
}
