package dev.structview.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import dev.structview.processor.model.Property;
import dev.structview.processor.model.RecordRef;
import dev.structview.processor.model.ViewModel;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/** The names in a generated class: offset constants, cached nested views, and class names. */
final class Names {
  private final NameAllocator constants = new NameAllocator();
  private final NameAllocator fields = new NameAllocator();
  private final Map<Property, String> offsets = new IdentityHashMap<>();
  private final Map<Property, String> nestedViews = new IdentityHashMap<>();
  private final NameAllocator components = new NameAllocator();
  private final Map<Property, String> componentNames = new IdentityHashMap<>();

  Names() {
    for (String reserved : new String[] {"FORMAT", "SIZE", "TYPE", "CHARSET"}) {
      constants.newName(reserved, reserved);
    }
    for (String reserved : new String[] {"store", "offset"}) {
      fields.newName(reserved, reserved);
    }
    // The names a record component may not have (JLS 8.10.1).
    for (String reserved : new String[] {"clone", "finalize", "getClass", "hashCode", "notify", "notifyAll",
        "toString", "wait"}) {
      components.newName(reserved, reserved);
    }
  }

  /** The offset constant of a property: {@code ID_OFFSET}, deduplicated. */
  String offset(Property p) {
    return offsets.computeIfAbsent(p, k -> constants.newName(snake(k.name()) + "_OFFSET"));
  }

  /**
   * A property's component in the {@code Values} record, and its parameter in {@code pack(...)}:
   * its name, with a {@code _} added when that is a keyword ({@code getClass()} in bean style is
   * property {@code class}) or a name records forbid ({@code byte wait(int i)}).
   */
  String component(Property p) {
    return componentNames.computeIfAbsent(p, k -> components.newName(k.name()));
  }

  /** The field caching the nested view a nested property returns. */
  String nestedView(Property p) {
    return nestedViews.computeIfAbsent(p, k -> fields.newName(k.name() + "View"));
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
