package dev.structview.processor.bind;

import dev.structview.processor.model.JavaType;
import dev.structview.processor.model.JavaType.Kind;
import dev.structview.processor.model.RecordRef;
import dev.structview.processor.read.MethodSource;
import dev.structview.processor.report.Diagnostic;
import dev.structview.processor.report.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups an interface's abstract methods into properties: getters, setters and their indexed forms,
 * in record style ({@code id()}, {@code id(long)}) or bean style ({@code getId()}, {@code isOk()},
 * {@code setId(long)}), one style per interface.
 */
final class Accessors {
  /** Names the generated class uses for its own members; an accessor may not take them. */
  private static final Set<String> RESERVED = Set.of("wrap", "array", "pack", "moveTo", "recordOffset", "unpack");
  /**
   * The generated class's static {@code map} methods, by signature: a method of the interface with
   * one of these signatures cannot be implemented (a static method cannot implement it), while an
   * accessor {@code map()} of a field named {@code map} is an overload and fine.
   */
  private static final Set<String> STATIC_SIGNATURES = Set.of("map(java.nio.file.Path)",
      "map(java.nio.channels.FileChannel, java.nio.channels.FileChannel.MapMode, long, long)");
  /**
   * Object's protected methods: an interface may declare them, but the generated class inherits
   * Object's and cannot implement an accessor of that name with another return type.
   */
  private static final Set<String> OBJECT_PROTECTED = Set.of("clone", "finalize");

  private final RecordRef owner;
  private final List<Problem> problems;
  private final Map<String, PropertyMethods> properties = new LinkedHashMap<>();
  /** The first getter, whose style the interface takes. */
  private MethodSource styleGetter;
  /** Whether that style is bean style. */
  private boolean bean;

  private Accessors(RecordRef owner, List<Problem> problems) {
    this.owner = owner;
    this.problems = problems;
  }

  /** Returns the properties in the order their first method is declared; problems go to {@code problems}. */
  static List<PropertyMethods> group(RecordRef owner, List<MethodSource> methods, List<Problem> problems) {
    Accessors accessors = new Accessors(owner, problems);
    accessors.bean = accessors.style(methods);
    for (MethodSource m : methods) {
      accessors.add(m);
    }
    accessors.checkSetters();
    return new ArrayList<>(accessors.properties.values());
  }

  /**
   * Decides the style from the first getter, reporting bean-style getters in a record-style
   * interface; record-style methods in a bean-style interface are reported by {@link #add}.
   */
  private boolean style(List<MethodSource> methods) {
    for (MethodSource m : methods) {
      if (m.returns().kind() == Kind.VOID || isBeanSetter(m)) {
        continue; // a setter, even one returning a value (reported as such by role), sets no style
      }
      if (styleGetter == null) {
        styleGetter = m;
      } else if (isBeanGetter(m) && !isBeanGetter(styleGetter)) {
        problems.add(Problem.onMethod(m.origin(), Diagnostic.STYLE, m, styleGetter));
      }
    }
    return styleGetter != null && isBeanGetter(styleGetter);
  }

  private void add(MethodSource m) {
    if (m.checkedException() != null) {
      problems.add(Problem.onMethod(m.origin(), Diagnostic.THROWS, m, m.checkedException()));
    }
    String clash = clash(m);
    if (clash != null) {
      problems.add(Problem.onMethod(m.origin(), Diagnostic.CLASH, m, clash));
      return;
    }
    Role role = role(m);
    if (role == null) {
      return;
    }
    String name = propertyName(m, role, bean);
    if (name == null) {
      problems.add(Problem.onMethod(m.origin(), Diagnostic.STYLE, styleGetter, m)); // only bean style names none
      return;
    }
    PropertyMethods p = properties.computeIfAbsent(name, PropertyMethods::new);
    MethodSource previous = role.get(p);
    if (previous != null) {
      problems.add(Problem.onMethod(m.origin(), Diagnostic.DUPLICATE, m, name, previous));
      return;
    }
    role.set(p, m);
  }

  /** What a method is, or {@code null} after reporting why it is none. */
  private Role role(MethodSource m) {
    List<JavaType> params = m.parameters();
    boolean returnsVoid = m.returns().kind() == Kind.VOID;
    if (!returnsVoid) {
      if (bean && isBeanSetter(m)) {
        // int setA(int) beside int getA(): a setter with a result, not an indexed getter of another style
        problems.add(Problem.onMethod(m.origin(), Diagnostic.SETTER_RETURN, m, m.returns()));
        return null;
      }
      if (allInts(params, params.size())) {
        return params.isEmpty() ? Role.GETTER : Role.INDEXED_GETTER;
      }
      problems.add(isSetterWithResult(m) ? Problem.onMethod(m.origin(), Diagnostic.SETTER_RETURN, m, m.returns())
          : Problem.onMethod(m.origin(), Diagnostic.GETTER_PARAMETERS, m));
      return null;
    }
    if (params.isEmpty()) {
      problems.add(Problem.onMethod(m.origin(), Diagnostic.VOID_GETTER, m));
      return null;
    }
    if (!allInts(params, params.size() - 1)) {
      problems.add(Problem.onMethod(m.origin(), Diagnostic.GETTER_PARAMETERS, m));
      return null;
    }
    return params.size() == 1 ? Role.SETTER : Role.INDEXED_SETTER;
  }

  /**
   * Whether a method that returns a value and takes one is a setter that returns something: its
   * value has the type it returns ({@code long id(long)}), or it returns the interface itself
   * ({@code Tick id(long)}). Anything else, such as {@code short sample(long i)}, is a getter
   * with a parameter it cannot take.
   */
  private boolean isSetterWithResult(MethodSource m) {
    List<JavaType> params = m.parameters();
    JavaType value = params.get(params.size() - 1);
    JavaType returns = m.returns();
    boolean fluent = returns.kind() == Kind.RECORD && returns.record().equals(owner);
    boolean sameType = value.kind() == returns.kind() && value.display().equals(returns.display());
    return allInts(params, params.size() - 1) && (fluent || sameType);
  }

  private static boolean allInts(List<JavaType> params, int n) {
    for (int i = 0; i < n; i++) {
      if (params.get(i).kind() != Kind.INT) {
        return false;
      }
    }
    return true;
  }

  private static String propertyName(MethodSource m, Role role, boolean bean) {
    if (!bean) {
      return m.name();
    }
    boolean setter = role == Role.SETTER || role == Role.INDEXED_SETTER;
    String prefix = setter ? "set" : m.name().startsWith("is") && m.returns().kind() == Kind.BOOLEAN ? "is" : "get";
    if (!hasPrefix(m.name(), prefix)) {
      return null;
    }
    return decapitalize(m.name().substring(prefix.length()));
  }

  /**
   * The member of the generated class that a method of the interface, abstract or default, would
   * clash with, or {@code null}.
   */
  static String clash(MethodSource m) {
    if (RESERVED.contains(m.name())) {
      return "the generated member " + m.name() + "(...)";
    }
    if (STATIC_SIGNATURES.contains(m.signature())) {
      return "the generated static " + m.signature();
    }
    if (m.parameters().isEmpty() && OBJECT_PROTECTED.contains(m.name())) {
      return "Object." + m.name() + "(), which the generated class inherits";
    }
    return null;
  }

  /** {@code setId(...)}: a bean-style setter's name with a value, whatever it returns. */
  private static boolean isBeanSetter(MethodSource m) {
    return hasPrefix(m.name(), "set") && !m.parameters().isEmpty();
  }

  static boolean isBeanGetter(MethodSource m) {
    return hasPrefix(m.name(), "get") || hasPrefix(m.name(), "is") && m.returns().kind() == Kind.BOOLEAN;
  }

  private static boolean hasPrefix(String name, String prefix) {
    return name.length() > prefix.length() && name.startsWith(prefix)
        && !Character.isLowerCase(name.charAt(prefix.length()));
  }

  /** The JavaBeans rule: {@code Id} becomes {@code id}, {@code URL} stays {@code URL}. */
  static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** Every setter needs a getter of its type. */
  private void checkSetters() {
    for (PropertyMethods p : properties.values()) {
      if (p.setter != null) {
        checkSetter(p, p.setter, p.setter.parameters().get(0));
      }
      if (p.indexedSetter != null) {
        List<JavaType> params = p.indexedSetter.parameters();
        checkSetter(p, p.indexedSetter, params.get(params.size() - 1));
      }
    }
  }

  private void checkSetter(PropertyMethods p, MethodSource setter, JavaType value) {
    MethodSource getter = setter == p.setter ? (p.getter != null ? p.getter : p.indexedGetter)
        : (p.indexedGetter != null ? p.indexedGetter : p.getter);
    if (getter == null) {
      problems.add(Problem.onMethod(setter.origin(), Diagnostic.SETTER_ORPHAN, setter, getterName(p.name, value)));
      return;
    }
    if (getter.returns().kind() == Kind.RECORD) {
      problems.add(Problem.onMethod(setter.origin(), Diagnostic.NESTED_SETTER, setter, getter));
      return;
    }
    if (setter == p.indexedSetter && getter == p.getter && !getter.returns().isArray()) {
      return; // an index beside a scalar getter: binding reports it against the field's dimensions
    }
    JavaType expected = expectedValue(setter == p.setter, getter);
    boolean arrayOfIndexed = expected == null && setter == p.setter
        && value.kind().element() == getter.returns().kind();
    if (!arrayOfIndexed && (expected == null || !sameType(expected, value))) {
      problems.add(Problem.onMethod(setter.origin(), Diagnostic.SETTER_TYPE, setter, value,
          expected == null ? getter.returns() + "[]" : expected));
    }
  }

  /** The getter a setter lacks, as this interface's style writes it: {@code flags()}, {@code getFlags()}. */
  private String getterName(String property, JavaType value) {
    if (!bean) {
      return property + "()";
    }
    String prefix = value.kind() == Kind.BOOLEAN ? "is" : "get";
    return prefix + Character.toUpperCase(property.charAt(0)) + property.substring(1) + "()";
  }

  /** What a setter must take, given the getter it pairs with. */
  private static JavaType expectedValue(boolean wholeSetter, MethodSource getter) {
    boolean indexedGetter = !getter.parameters().isEmpty();
    JavaType returns = getter.returns();
    if (wholeSetter == !indexedGetter) {
      return returns; // id(long) with id(); samples(int, short) with samples(int)
    }
    if (wholeSetter) {
      return null; // a whole-array setter beside only an indexed getter: compared by element below
    }
    Kind element = returns.kind().element();
    return element == null ? null : JavaType.of(element, element.name().toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean sameType(JavaType a, JavaType b) {
    return a.kind() == b.kind() && (a.kind() != Kind.RECORD || a.record().equals(b.record()));
  }

  /** The four accessor roles, and where each goes in a {@link PropertyMethods}. */
  private enum Role {
    GETTER, SETTER, INDEXED_GETTER, INDEXED_SETTER;

    MethodSource get(PropertyMethods p) {
      switch (this) {
        case GETTER: return p.getter;
        case SETTER: return p.setter;
        case INDEXED_GETTER: return p.indexedGetter;
        default: return p.indexedSetter;
      }
    }

    void set(PropertyMethods p, MethodSource m) {
      switch (this) {
        case GETTER: p.getter = m; break;
        case SETTER: p.setter = m; break;
        case INDEXED_GETTER: p.indexedGetter = m; break;
        default: p.indexedSetter = m; break;
      }
    }
  }
}
