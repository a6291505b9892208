package dev.structview.processor.bind;

import dev.structview.format.FieldLayout;
import dev.structview.format.FormatCode;
import dev.structview.format.FormatException;
import dev.structview.format.FormatParser;
import dev.structview.format.StructFormat;
import dev.structview.processor.model.JavaType;
import dev.structview.processor.model.Property;
import dev.structview.processor.model.RecordRef;
import dev.structview.processor.model.ViewModel;
import dev.structview.processor.read.InterfaceSource;
import dev.structview.processor.read.MethodSource;
import dev.structview.processor.report.Diagnostic;
import dev.structview.processor.report.Problem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The validate-and-model phase: binds an interface's methods to its format's fields by the rules
 * documented on {@code @BufferFormat}, giving the {@link ViewModel} the emitter writes, or every
 * problem found.
 */
public final class Binder {
  /** The largest record a generated view addresses with int offsets. */
  static final long MAX_SIZE = Integer.MAX_VALUE - 8;

  /**
   * The most properties one generated view binds: each costs the class file up to about 15
   * constants (names, offsets, messages), of the 65,535 a class may hold; 6,500 {@code long}
   * properties with setters measured under the limit, 8,000 over it.
   */
  public static final int MAX_PROPERTIES = 4096;

  /** The longest string a class file holds as a constant, in (modified) UTF-8 bytes. */
  static final int MAX_CONSTANT = 65_535;

  private Binder() {}

  /**
   * What binding gave: a model (when there are no problems), the problems, and where the model
   * uses each nested interface (the getter's origin), for problems found only when generating.
   */
  public record Result(ViewModel model, List<Problem> problems, Map<RecordRef, Object> nestedUses) {
    Result(ViewModel model, List<Problem> problems) {
      this(model, problems, Map.of());
    }
  }

  public static Result bind(InterfaceSource source) {
    List<Problem> problems = new ArrayList<>();
    String format = source.record().format();
    int utf8 = format.getBytes(StandardCharsets.UTF_8).length;
    if (utf8 > MAX_CONSTANT) {
      // javac refuses the annotation too; this says why and keeps the view's FORMAT from failing alike.
      problems.add(Problem.onAnnotationValue("value", Diagnostic.FORMAT, "format is " + utf8 + " bytes of UTF-8, but a "
          + "class-file string constant holds at most " + MAX_CONSTANT + "; shorten the field names, or group "
          + "fields into nested T{...} structs, each with its own interface"));
      return new Result(null, problems);
    }
    StructFormat layout;
    try {
      layout = FormatParser.parseExtended(format);
    } catch (FormatException e) {
      problems.add(Problem.onAnnotationValue("value", Diagnostic.FORMAT, e.getMessage()));
      return new Result(null, problems);
    }
    if (layout.size() > MAX_SIZE) {
      problems.add(Problem.onAnnotationValue("value", Diagnostic.SIZE, format, layout.size(), MAX_SIZE));
      return new Result(null, problems);
    }
    checkElementCounts(layout, format, problems);
    checkDefaults(source, problems);
    checkInherited(source, layout, problems);
    List<PropertyMethods> properties = Accessors.group(source.record(), source.methods(), problems);
    if (!problems.isEmpty()) {
      // Binding in order needs every accessor: with one rejected, the rest would shift onto the
      // wrong fields and be blamed for it.
      return new Result(null, problems);
    }
    List<Property> bound = FieldBinder.bind(layout, format, properties, problems);
    if (problems.isEmpty() && bound.size() > MAX_PROPERTIES) {
      problems.add(Problem.onAnnotationValue("value", Diagnostic.FIELDS_MANY, source.record().sourceName(), bound.size(),
          MAX_PROPERTIES));
    }
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    checkTextCharset(source, bound, problems);
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    Set<String> varargs = source.methods().stream().filter(MethodSource::varargs).map(MethodSource::name)
        .collect(Collectors.toSet());
    return new Result(new ViewModel(source.record(), layout, source.charset(), bound, source.deprecated(), varargs,
        Set.of(), source.scope(), source.serializable()),
        problems, nestedUses(bound, source));
  }

  private static Map<RecordRef, Object> nestedUses(List<Property> bound, InterfaceSource source) {
    Map<RecordRef, Object> uses = new LinkedHashMap<>();
    for (Property p : bound) {
      if (p instanceof Property.Nested) {
        Property.Nested n = (Property.Nested) p;
        source.methods().stream().filter(m -> m.name().equals(n.getter())).findFirst()
            .ifPresent(m -> uses.putIfAbsent(n.record(), m.origin()));
      }
    }
    return uses;
  }

  /**
   * Every field's elements must be countable with an int, as generated arrays and loops are: the
   * record's size does not bound them when the elements take no bytes ({@code "9999999999T{}"}).
   */
  private static void checkElementCounts(StructFormat layout, String format, List<Problem> problems) {
    for (FieldLayout f : layout.fields()) {
      if (f.elementCount() > MAX_SIZE) {
        problems.add(Problem.onAnnotationValue("value", Diagnostic.ELEMENTS, format, f.index(), f.elementCount(),
            MAX_SIZE));
        return;
      }
    }
  }

  /** Inherited accessors have no place in declaration order, so they bind only to named fields. */
  private static void checkInherited(InterfaceSource source, StructFormat layout, List<Problem> problems) {
    if (FieldBinder.named(layout)) {
      return;
    }
    for (MethodSource m : source.methods()) {
      if (m.inherited()) {
        problems.add(Problem.onInterface(Diagnostic.INHERITED, m.signature(), m.inheritedFrom()));
      }
    }
  }

  /**
   * A {@code String} of an {@code s} field is read up to the first NUL byte (as {@code struct}
   * users strip it): under a charset that encodes characters with NUL bytes (UTF-16, UTF-32),
   * a String written would not read back. A {@code p} field has its length and is not affected.
   */
  private static void checkTextCharset(InterfaceSource source, List<Property> bound, List<Problem> problems) {
    if (!FormatCode.encodesNul(Charset.forName(source.charset()))) { // the reader refused unsupported ones
      return;
    }
    for (Property p : bound) {
      if (p instanceof Property.Text && p.field().code() == FormatCode.STRING
          && ((Property.Text) p).type().kind() == JavaType.Kind.STRING) {
        for (MethodSource m : source.methods()) {
          if (m.name().equals(((Property.Text) p).getter()) && m.parameters().isEmpty()) {
            problems.add(Problem.onMethod(m.origin(), Diagnostic.CHARSET_NUL, m, p.field().index(), source.charset()));
          }
        }
      }
    }
  }

  /** A default method must not take the name of a member the generated class declares. */
  private static void checkDefaults(InterfaceSource source, List<Problem> problems) {
    for (MethodSource m : source.defaults()) {
      String clash = Accessors.clash(m);
      if (clash != null) {
        problems.add(Problem.onMethod(m.origin(), Diagnostic.CLASH, "default method " + m, clash));
      }
    }
  }
}
