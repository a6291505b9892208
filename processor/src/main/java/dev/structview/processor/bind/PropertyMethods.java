package dev.structview.processor.bind;

import dev.structview.processor.model.JavaType;
import dev.structview.processor.read.MethodSource;

/** The accessors of one property, as grouped from an interface's methods. */
final class PropertyMethods {
  final String name;
  MethodSource getter;
  MethodSource setter;
  MethodSource indexedGetter;
  MethodSource indexedSetter;

  PropertyMethods(String name) {
    this.name = name;
  }

  /** The method diagnostics about the property as a whole point at. */
  MethodSource first() {
    return getter != null ? getter : indexedGetter != null ? indexedGetter : setter != null ? setter : indexedSetter;
  }

  /** Whether the property reads a whole array or indexes one. */
  boolean arrayLike() {
    return getter != null && getter.returns().isArray() || indexedGetter != null;
  }

  /** The type of one value: the getter's, or an element of its array, or the indexed getter's. */
  JavaType elementType() {
    if (indexedGetter != null) {
      return indexedGetter.returns();
    }
    return getter.returns();
  }

  /** Whether any setter is declared. */
  boolean hasSetter() {
    return setter != null || indexedSetter != null;
  }
}
