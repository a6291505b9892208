package dev.structview.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import dev.structview.processor.model.Property;
import dev.structview.processor.model.RecordRef;
import dev.structview.processor.model.ViewModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The names in a generated class: the fixed ones, and those made from the user's (offset constants,
 * cached nested views, record components, locals, private helpers), which avoid every name the
 * generated code uses as it means it, so that none obscures another (JLS 6.4.2).
 */
final class Names {
  /** The fields every view declares. */
  static final List<String> FIELDS = List.of("FORMAT", "SIZE", "TYPE", "CHARSET", "store", "offset");

  /**
   * Every variable the emitters declare under a fixed name: the view's fields, and the parameters
   * and locals of its methods and of its nested classes (with {@link #INDEX_PARAMETER}, the indices
   * {@code i0}, {@code i1}, ... of a field of several dimensions). A variable obscures a type of
   * its name in an expression: the names made from the user's avoid all of these.
   */
  static final Set<String> VARIABLES = Set.of("FORMAT", "SIZE", "TYPE", "CHARSET", "store", "offset", "array",
      "buffer", "view", "moved", "data", "count", "source", "file", "channel", "mode", "position", "at", "index",
      "d", "r", "action", "runStore", "end", "from", "i", "value", "values", "nested", "views", "bytes", "o", "other",
      "h", "text", "p", "place", "placed", "owner", "kind");
  /**
   * The fixed variables in scope where the code names another generated class in an expression
   * ({@code PosView.TYPE.move(...)} in a nested getter, {@code PosView.check(...)} in {@code check},
   * and so in {@code write} and the private readers): the view's fields, and those methods'
   * parameters and locals, with the index parameters. A generated class of one of these names would
   * be obscured there, and is refused ([structview.class.variable]).
   */
  static final Set<String> BESIDE_NESTED_VIEWS = Set.of("FORMAT", "SIZE", "TYPE", "CHARSET", "store", "offset",
      "index", "nested", "values", "view", "views", "i");
  /** The index parameters of a field of several dimensions: {@code i0}, {@code i1}, ... */
  static final Pattern INDEX_PARAMETER = Pattern.compile("i[0-9]+");

  /** The packages at the root of every type the generated code names, qualified when hidden. */
  static final List<String> ROOTS = List.of("java", "javax", "dev");

  /**
   * The names a record component may not have: Object's methods without parameters (JLS 8.10.1), the
   * {@code Values} record's own ({@link ValuesEmitter#RECORD_METHODS}), the view's members its code
   * names unqualified ({@code SIZE}, {@code write}), and every type and package root it names in
   * an expression, which a component, a field too, would obscure there.
   */
  private static final Set<String> NOT_COMPONENTS = notComponents();

  private final NameAllocator fields = new NameAllocator();
  private final NameAllocator locals = new NameAllocator();
  private final NameAllocator components = new NameAllocator();
  private final NameAllocator helpers = new NameAllocator();
  private final Map<Property, String> offsets = new IdentityHashMap<>();
  private final Map<Property, String> nestedViews = new IdentityHashMap<>();
  private final Map<Property, String> componentNames = new IdentityHashMap<>();
  private final Map<Property, String> localNames = new IdentityHashMap<>();
  private final Map<String, String> helperNames = new HashMap<>();

  Names(ViewModel model) {
    Set<String> used = used(model);
    reserve(fields, used, FIELDS);
    reserve(locals, used, VARIABLES);
    reserve(components, NOT_COMPONENTS);
    Set<String> methods = new LinkedHashSet<>(model.scope().methods());
    for (Property p : model.properties()) {
      methods.addAll(accessors(p));
    }
    reserve(helpers, methods);
  }

  /** Every simple name the generated code names a type or package by, which made names must avoid. */
  static Set<String> used(ViewModel model) {
    Set<String> used = new LinkedHashSet<>(ROOTS);
    for (ClassName type : Runtime.ALL) {
      used.addAll(type.simpleNames());
    }
    used.add(model.record().generatedName());
    for (RecordRef nested : model.nestedRecords()) {
      used.add(nested.generatedName());
      used.add(nested.simpleNames().get(0));
      if (!nested.packageName().isEmpty()) {
        used.add(nested.packageName().split("\\.")[0]);
      }
    }
    return used;
  }

  /** Takes every name of {@code sets} in {@code allocator}, so that it makes no name among them. */
  @SafeVarargs
  private static void reserve(NameAllocator allocator, Collection<String>... sets) {
    Set<String> all = new LinkedHashSet<>();
    for (Collection<String> names : sets) {
      all.addAll(names);
    }
    for (String name : all) {
      allocator.newName(name, name);
    }
  }

  /** The offset constant of a property: {@code ID_OFFSET}, deduplicated. */
  String offset(Property p) {
    return offsets.computeIfAbsent(p, k -> fields.newName(snake(k.name()) + "_OFFSET"));
  }

  /**
   * A property's component in the {@code Values} record, and its parameter in {@code pack(...)}:
   * its name, with a {@code _} added when that is a keyword ({@code getClass()} in bean style is
   * property {@code class}) or a name records forbid ({@code byte wait(int i)}) or the record's
   * code needs ({@code pack}, {@code SIZE}, {@code Arrays}, {@code java}).
   */
  String component(Property p) {
    return componentNames.computeIfAbsent(p, k -> components.newName(k.name()));
  }

  /** The field caching the nested view a nested property returns. */
  String nestedView(Property p) {
    return nestedViews.computeIfAbsent(p, k -> fields.newName(k.name() + "View"));
  }

  /** The local holding a repeated field's values in {@code check} and {@code write}: {@code samplesValues}. */
  String valuesLocal(Property p) {
    return localNames.computeIfAbsent(p, k -> locals.newName(k.name() + "Values"));
  }

  /**
   * A private helper of the view ({@code read$samples}, {@code hashCode$0}): the {@code $} keeps it
   * apart from names people write, and a {@code _} is added when the interface has a method of
   * that name anyway, which the helper would clash with.
   */
  String helper(String name) {
    return helperNames.computeIfAbsent(name, helpers::newName);
  }

  /** {@link #helper} as a function, for the object methods' chunks. */
  Function<String, String> helpers() {
    return this::helper;
  }

  private static List<String> accessors(Property p) {
    List<String> names = new ArrayList<>();
    if (p instanceof Property.Scalar s) {
      names.add(s.getter());
      names.add(s.setter());
    } else if (p instanceof Property.Array a) {
      names.addAll(Arrays.asList(a.getter(), a.setter(), a.indexedGetter(), a.indexedSetter()));
    } else if (p instanceof Property.Text t) {
      names.add(t.getter());
      names.add(t.setter());
    } else {
      names.add(((Property.Nested) p).getter());
    }
    names.removeIf(Objects::isNull);
    return names;
  }

  private static Set<String> notComponents() {
    Set<String> names = new LinkedHashSet<>(List.of("clone", "finalize", "getClass", "hashCode", "notify",
        "notifyAll", "toString", "wait"));
    names.addAll(ValuesEmitter.RECORD_METHODS);
    names.addAll(ValuesEmitter.OUTER_MEMBERS);
    names.addAll(ROOTS);
    for (ClassName type : Runtime.IN_EXPRESSIONS) {
      names.add(type.simpleName());
    }
    return names;
  }

  /** {@code deltaTime} becomes {@code DELTA_TIME}. */
  static String snake(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  /** The annotated interface. */
  static ClassName iface(RecordRef ref) {
    return ClassName.get(ref.packageName(), ref.simpleNames().get(0),
        ref.simpleNames().subList(1, ref.simpleNames().size()).toArray(new String[0]));
  }

  /** The generated class. */
  static ClassName view(RecordRef ref) {
    return ClassName.get(ref.packageName(), ref.generatedName());
  }

  /** The generated class's record of values. */
  static ClassName values(RecordRef ref) {
    return view(ref).nestedClass(ViewModel.VALUES_CLASS);
  }
}
