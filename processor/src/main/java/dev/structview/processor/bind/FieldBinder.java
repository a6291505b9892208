package dev.structview.processor.bind;

import dev.structview.format.FieldLayout;
import dev.structview.format.FormatCode;
import dev.structview.format.StructFormat;
import dev.structview.processor.model.JavaType;
import dev.structview.processor.model.JavaType.Kind;
import dev.structview.processor.model.Property;
import dev.structview.processor.read.MethodSource;
import dev.structview.processor.report.Diagnostic;
import dev.structview.processor.report.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds properties to the value fields of a format: in declaration order, or by PEP 3118 name when
 * the format names its fields. A repeated numeric field binds to one array-like property, or (in
 * order only) to as many scalar properties; pads and zero-count items bind to nothing.
 */
final class FieldBinder {
  private final StructFormat layout;
  private final String format;
  private final List<Problem> problems;
  private final List<Property> bound = new ArrayList<>();

  private FieldBinder(StructFormat layout, String format, List<Problem> problems) {
    this.layout = layout;
    this.format = format;
    this.problems = problems;
  }

  static List<Property> bind(StructFormat layout, String format, List<PropertyMethods> properties,
      List<Problem> problems) {
    FieldBinder binder = new FieldBinder(layout, format, problems);
    List<FieldLayout> fields = new ArrayList<>();
    for (FieldLayout f : layout.fields()) {
      if (f.valueCount() > 0) {
        fields.add(f);
      }
    }
    if (named(layout)) {
      binder.byName(fields, properties);
      // pack(...), Values and the constants follow the format, as struct.pack does, not the interface
      binder.bound.sort(Comparator.comparingInt(p -> fields.indexOf(p.field())));
    } else {
      binder.inOrder(fields, properties);
    }
    return binder.bound;
  }

  /** Whether the format names its fields, so that accessors bind by name rather than in order. */
  static boolean named(StructFormat layout) {
    return layout.fields().stream().anyMatch(f -> f.valueCount() > 0 && f.name() != null);
  }

  private void byName(List<FieldLayout> fields, List<PropertyMethods> properties) {
    for (FieldLayout f : fields) {
      if (f.name() == null) {
        problems.add(Problem.onAnnotationValue("value", Diagnostic.FIELD_UNNAMED, symbol(f), f.index()));
        return;
      }
    }
    Set<FieldLayout> unbound = new LinkedHashSet<>(fields);
    for (PropertyMethods p : properties) {
      FieldLayout f = layout.field(p.name);
      if (f == null || !unbound.contains(f)) {
        problems.add(Problem.onMethod(p.first().origin(), Diagnostic.FIELD_NAME, p.first(), p.name, format,
            names(fields)));
        continue;
      }
      unbound.remove(f);
      if (repeatsAsElements(f) && !p.arrayLike()) {
        problems.add(Problem.onMethod(p.first().origin(), Diagnostic.SCALARS_SHORT, symbol(f), f.index(),
            f.elementCount(), 1, arrayExample(f, p.name), f.elementCount()));
        continue;
      }
      bindOne(p, f, 0);
    }
    for (FieldLayout f : unbound) {
      problems.add(Problem.onAnnotationValue("value", Diagnostic.FIELDS_MISSING, symbol(f), f.index(), format));
    }
  }

  private void inOrder(List<FieldLayout> fields, List<PropertyMethods> properties) {
    int p = 0;
    int f = 0;
    while (p < properties.size() && f < fields.size()) {
      FieldLayout field = fields.get(f++);
      PropertyMethods first = properties.get(p);
      if (repeatsAsElements(field) && !first.arrayLike()) {
        int n = scalarsAhead(properties, p);
        if (n < field.elementCount()) {
          problems.add(Problem.onMethod(first.first().origin(), Diagnostic.SCALARS_SHORT, symbol(field),
              field.index(), field.elementCount(), n, arrayExample(field, first.name), field.elementCount()));
          return;
        }
        for (int k = 0; k < field.elementCount(); k++) {
          bindOne(properties.get(p++), field, k);
        }
      } else {
        bindOne(properties.get(p++), field, 0);
      }
    }
    for (; p < properties.size(); p++) {
      MethodSource m = properties.get(p).first();
      problems.add(Problem.onMethod(m.origin(), Diagnostic.FIELDS_EXTRA, m, format, fields.size()));
    }
    if (f < fields.size()) {
      FieldLayout missing = fields.get(f);
      problems.add(Problem.onAnnotationValue("value", Diagnostic.FIELDS_MISSING, symbol(missing), missing.index(),
          format));
    }
  }

  private static int scalarsAhead(List<PropertyMethods> properties, int from) {
    int n = 0;
    while (from + n < properties.size() && !properties.get(from + n).arrayLike()) {
      n++;
    }
    return n;
  }

  /** Whether a field holds several values of one numeric code (not a string, not a struct). */
  private static boolean repeatsAsElements(FieldLayout f) {
    return f.code() != null && !f.code().countIsLength() && f.elementCount() > 1;
  }

  private void bindOne(PropertyMethods p, FieldLayout f, long element) {
    if (p.getter == null && p.indexedGetter == null) {
      return; // only setters: reported as orphans already
    }
    Property property;
    if (f.isNested()) {
      property = NestedBinding.bind(p, f, problems);
    } else if (f.code().countIsLength()) {
      property = text(p, f);
    } else if (repeatsAsElements(f) && element == 0 && p.arrayLike()) {
      property = array(p, f);
    } else {
      property = scalar(p, f, element);
    }
    if (property != null) {
      bound.add(property);
    }
  }

  private Property text(PropertyMethods p, FieldLayout f) {
    MethodSource getter = p.getter != null ? p.getter : p.indexedGetter;
    if (f.elementCount() > 1) {
      problems.add(Problem.onMethod(getter.origin(), Diagnostic.ARRAY_STRINGS, getter, symbol(f), f.index(),
          f.elementCount()));
      return null;
    }
    if (!indicesFit(p, f, 0)) {
      return null;
    }
    Kind kind = getter.returns().kind();
    if (p.getter == null || !(kind == Kind.BYTE_ARRAY || kind == Kind.STRING)) {
      typeProblem(getter, getter.returns(), f, kind == Kind.OTHER ? TypeRules.Fit.UNSUPPORTED : TypeRules.Fit.WRONG_KIND);
      return null;
    }
    return new Property.Text(p.name, f, getter.returns(), p.getter.name(), p.setter == null ? null : p.setter.name());
  }

  private Property scalar(PropertyMethods p, FieldLayout f, long element) {
    if (p.getter != null && p.getter.returns().isArray()) {
      problems.add(Problem.onMethod(p.getter.origin(), Diagnostic.ARRAY_SCALAR, p.getter, symbol(f), f.index(),
          TypeRules.suggest(f)));
      return null;
    }
    if (!indicesFit(p, f, 0)) {
      return null;
    }
    if (!fits(p.getter, p.getter.returns(), f)) {
      return null;
    }
    return new Property.Scalar(p.name, f, element, p.getter.returns(), p.getter.name(),
        p.setter == null ? null : p.setter.name());
  }

  private Property array(PropertyMethods p, FieldLayout f) {
    int dims = f.dims() == null ? 1 : f.dims().length;
    if (!indicesFit(p, f, dims)) {
      return null;
    }
    JavaType element = p.indexedGetter != null ? p.indexedGetter.returns() : elementOf(p.getter.returns());
    MethodSource culprit = p.indexedGetter != null ? p.indexedGetter : p.getter;
    if (p.getter != null && (!p.getter.returns().isArray() || p.getter.returns().kind().element() != element.kind())) {
      problems.add(Problem.onMethod(p.getter.origin(), Diagnostic.GETTER_TYPE, p.getter, p.getter.returns(),
          p.indexedGetter, element.display()));
      return null;
    }
    TypeRules.Fit fit = TypeRules.fit(f, element.kind());
    if (fit != TypeRules.Fit.OK) {
      typeProblem(culprit, culprit.returns(), f, fit); // the type as declared: short[], not its element
      return null;
    }
    return new Property.Array(p.name, f, element, name(p.getter), name(p.setter), name(p.indexedGetter),
        name(p.indexedSetter));
  }

  /**
   * Whether the indexed getter and setter, if any, take one int index per dimension of the field:
   * none for a scalar or a string. Reports each that does not.
   */
  private boolean indicesFit(PropertyMethods p, FieldLayout f, int dims) {
    boolean fit = true;
    for (MethodSource m : Arrays.asList(p.indexedGetter, p.indexedSetter)) {
      if (m == null) {
        continue;
      }
      int indices = m == p.indexedSetter ? m.parameters().size() - 1 : m.parameters().size(); // the last is the value
      if (indices != dims) {
        problems.add(Problem.onMethod(m.origin(), Diagnostic.ARRAY_INDEX, m, indices, symbol(f), f.index(),
            dimensions(f, dims), dims));
        fit = false;
      }
    }
    return fit;
  }

  private static JavaType elementOf(JavaType array) {
    Kind element = array.kind().element();
    return JavaType.of(element, array.display().replace("[]", ""));
  }

  private boolean fits(MethodSource culprit, JavaType type, FieldLayout f) {
    TypeRules.Fit fit = TypeRules.fit(f, type.kind());
    if (fit == TypeRules.Fit.OK) {
      return true;
    }
    typeProblem(culprit, type, f, fit);
    return false;
  }

  private void typeProblem(MethodSource m, JavaType type, FieldLayout f, TypeRules.Fit fit) {
    String suggest = TypeRules.suggest(f);
    if (type.isArray() && !f.code().countIsLength()) {
      suggest = suggest.replaceAll("\\b(byte|short|char|int|long|float|double|boolean|BigInteger)\\b", "$1[]");
    }
    switch (fit) {
      case UNSUPPORTED:
        problems.add(Problem.onMethod(m.origin(), Diagnostic.TYPE_UNSUPPORTED, m, type, suggest));
        break;
      case NARROW:
        problems.add(Problem.onMethod(m.origin(), Diagnostic.TYPE_NARROW, m, type, f.code().code(),
            TypeRules.describe(f), suggest));
        break;
      default:
        problems.add(Problem.onMethod(m.origin(), Diagnostic.TYPE_CODE, m, type, f.code().code(), f.index(),
            TypeRules.describe(f), suggest));
        break;
    }
  }

  private static String name(MethodSource m) {
    return m == null ? null : m.name();
  }

  /** A field as written in the format: {@code '3h'}, {@code '(2,3)h'}, {@code '2T{...}'}. */
  static String symbol(FieldLayout f) {
    long[] dims = f.dims();
    if (dims != null) {
      String shape = Arrays.stream(dims).mapToObj(String::valueOf).collect(Collectors.joining(",", "(", ")"));
      // The count after a shape is a string's length; for other codes the shape replaces it.
      String length = !f.isNested() && f.code().countIsLength() ? String.valueOf(f.count()) : "";
      return shape + length + (f.isNested() ? "T{...}" : f.code().code());
    }
    String count = f.count() == 1 || f.code() == FormatCode.PAD ? "" : String.valueOf(f.count());
    return count + (f.isNested() ? "T{...}" : f.code().code());
  }

  /**
   * What an index must match, for {@link Diagnostic#ARRAY_INDEX}: {@code has 2 dimension(s)}, or,
   * for a shape of one element such as {@code (1,1)}, that it binds as one value without an index
   * (its two dimensions are not what an accessor indexes).
   */
  static String dimensions(FieldLayout f, int dims) {
    if (dims == 0 && f.dims() != null) {
      return "holds a single element (every extent of its shape is 1), so it binds as one value with no index";
    }
    return "has " + dims + " dimension(s)";
  }

  private static String arrayExample(FieldLayout f, String name) {
    String element = TypeRules.suggest(f).split(" ")[0];
    return element + "[] " + name + "()";
  }

  private static List<String> names(List<FieldLayout> fields) {
    List<String> out = new ArrayList<>();
    for (FieldLayout f : fields) {
      out.add(f.name());
    }
    return out;
  }
}
