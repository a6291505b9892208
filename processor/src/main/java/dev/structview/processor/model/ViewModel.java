package dev.structview.processor.model;

import dev.structview.format.StructFormat;
import java.util.List;
import java.util.Set;

/**
 * Everything the emitter needs to write one generated class, and nothing from
 * {@code javax.lang.model}: immutable.
 *
 * @param record the annotated interface and the name of its generated class
 * @param layout the parsed format
 * @param charset the charset of {@code String} bindings
 * @param properties the bindings, in format order
 * @param deprecated whether the generated class uses deprecated types or methods of its interface
 * @param varargs the names of the interface's varargs setters ({@code samples(short...)}), whose
 *     implementations must be varargs too
 * @param nestedWithoutValues the nested interfaces whose generated classes have no {@code Values}
 *     record (see {@link #values()}), known only when they are bound; empty from the binder
 * @param scope the user's names in the generated class's scope, which the generated code's names
 *     must not collide with (types it names by these are written qualified, names it makes avoid them)
 * @param serializable whether the interface is {@code java.io.Serializable}
 */
public record ViewModel(RecordRef record, StructFormat layout, String charset, List<Property> properties,
    boolean deprecated, Set<String> varargs, Set<RecordRef> nestedWithoutValues, Scope scope,
    boolean serializable) {
  /**
   * The most JVM parameter slots a record's values may take and still get a {@code Values} record:
   * a method's parameters may take 255 slots, and a constructor's receiver takes one of them
   * (JVMS 4.3.3; {@code long} and {@code double} take two).
   */
  public static final int MAX_VALUE_SLOTS = 254;

  /** The class every generated view declares to make its views for record arrays, {@code TYPE}'s class. */
  public static final String TYPE_CLASS = "Type";
  /** The record of values a generated view declares (when its values fit {@link #MAX_VALUE_SLOTS}). */
  public static final String VALUES_CLASS = "Values";
  /** The class every generated view declares to iterate record arrays of its type. */
  public static final String CURSOR_CLASS = "Cursor";
  /** The class every generated view declares to iterate record arrays of a {@code byte[]} from its index 0. */
  public static final String HEAP_CURSOR_CLASS = "HeapCursor";
  /** The class every generated view declares to iterate record arrays of a {@code byte[]} past its index 0. */
  public static final String REGION_CURSOR_CLASS = "RegionCursor";
  /** The class every generated view declares to iterate record arrays of direct and mapped buffers. */
  public static final String DIRECT_CURSOR_CLASS = "DirectCursor";
  /** The class every generated view declares to iterate record arrays past 2 GiB in one store. */
  public static final String LONG_CURSOR_CLASS = "LongCursor";
  /**
   * The classes a generated view declares: no generated class may have one of these names, and in
   * the unnamed package, where a type cannot be named but by its simple name, they hide the types
   * of those names from the generated code.
   */
  public static final List<String> MEMBER_CLASSES = List.of(TYPE_CLASS, VALUES_CLASS, CURSOR_CLASS,
      HEAP_CURSOR_CLASS, REGION_CURSOR_CLASS, DIRECT_CURSOR_CLASS, LONG_CURSOR_CLASS);

  /** Copies the properties and names. */
  public ViewModel {
    properties = List.copyOf(properties);
    varargs = Set.copyOf(varargs);
    nestedWithoutValues = Set.copyOf(nestedWithoutValues);
  }

  /** A model of an interface that is not serializable, whose generated class's scope hides no name. */
  public ViewModel(RecordRef record, StructFormat layout, String charset, List<Property> properties,
      boolean deprecated, Set<String> varargs, Set<RecordRef> nestedWithoutValues) {
    this(record, layout, charset, properties, deprecated, varargs, nestedWithoutValues, Scope.EMPTY, false);
  }

  /** Returns this model, told which nested interfaces' generated classes have no {@code Values}. */
  public ViewModel withNestedWithoutValues(Set<RecordRef> nested) {
    return new ViewModel(record, layout, charset, properties, deprecated, varargs, nested, scope, serializable);
  }

  /** Returns this model, told the classes generated in its package in the same round, which it cannot see yet. */
  public ViewModel withSiblings(Set<String> generatedNames) {
    return new ViewModel(record, layout, charset, properties, deprecated, varargs, nestedWithoutValues,
        scope.withGenerated(generatedNames), serializable);
  }

  /** Returns the nested interfaces the properties bind to. */
  public Set<RecordRef> nestedRecords() {
    Set<RecordRef> nested = new java.util.LinkedHashSet<>();
    for (Property p : properties) {
      if (p instanceof Property.Nested) {
        nested.add(((Property.Nested) p).record());
      }
    }
    return nested;
  }

  /**
   * Returns the JVM parameter slots one parameter per property takes: two for {@code long} and
   * {@code double}, one for anything else (an array, a string, a nested record are references).
   */
  public int valueSlots() {
    int slots = 0;
    for (Property p : properties) {
      JavaType.Kind kind = p instanceof Property.Scalar ? ((Property.Scalar) p).type().kind() : null;
      slots += kind == JavaType.Kind.LONG || kind == JavaType.Kind.DOUBLE ? 2 : 1;
    }
    return slots;
  }

  /**
   * Returns whether the generated class has a {@code Values} record, {@code unpack()} and the
   * {@code pack} methods: when one parameter per property fits the JVM's limit
   * ({@link #MAX_VALUE_SLOTS}), and every nested record has its own {@code Values} to be a component.
   */
  public boolean values() {
    return valueSlots() <= MAX_VALUE_SLOTS && nestedRecords().stream().noneMatch(nestedWithoutValues::contains);
  }

  /** Returns whether any property has a setter, so that the view needs writable memory. */
  public boolean writable() {
    for (Property p : properties) {
      boolean hasSetter = p instanceof Property.Scalar && ((Property.Scalar) p).setter() != null
          || p instanceof Property.Array && (((Property.Array) p).setter() != null
              || ((Property.Array) p).indexedSetter() != null)
          || p instanceof Property.Text && ((Property.Text) p).setter() != null;
      if (hasSetter) {
        return true;
      }
    }
    return false;
  }
}
