package dev.structview.processor.model;

import dev.structview.format.FieldLayout;

/**
 * One binding of interface methods to bytes of the record: what the generated class implements.
 * Every kind carries the accessors it implements; a {@code null} accessor was not declared.
 */
public sealed interface Property permits Property.Scalar, Property.Array, Property.Text, Property.Nested {
  /** Returns the property's name: the record-style accessor name, or the bean name undecorated. */
  String name();

  /** Returns the byte offset of the property's first element within the record. */
  long offset();

  /** Returns the item of the format the property reads and writes. */
  FieldLayout field();

  /**
   * One value: an element of a numeric code, a {@code ?}, a {@code c}.
   *
   * @param name the property name
   * @param field the format item
   * @param element which element of the item (0 unless the item repeats and binds to several scalars)
   * @param type the Java type the accessors use
   * @param getter the getter's name
   * @param setter the setter's name, or {@code null}
   */
  record Scalar(String name, FieldLayout field, long element, JavaType type, String getter, String setter)
      implements Property {
    @Override
    public long offset() {
      return field.offset() + element * field.elementSize();
    }
  }

  /**
   * A repeated numeric item bound as an array: {@code short[] samples()} and/or
   * {@code short samples(int i)}.
   *
   * @param name the property name
   * @param field the format item
   * @param element the Java type of one element
   * @param getter the whole-array getter's name, or {@code null}
   * @param setter the whole-array setter's name, or {@code null}
   * @param indexedGetter the indexed getter's name, or {@code null}
   * @param indexedSetter the indexed setter's name, or {@code null}
   */
  record Array(String name, FieldLayout field, JavaType element, String getter, String setter,
      String indexedGetter, String indexedSetter) implements Property {
    @Override
    public long offset() {
      return field.offset();
    }
  }

  /**
   * An {@code s} or {@code p} item as {@code byte[]} or {@code String}.
   *
   * @param name the property name
   * @param field the format item
   * @param type {@code byte[]} or {@code String}
   * @param getter the getter's name
   * @param setter the setter's name, or {@code null}
   */
  record Text(String name, FieldLayout field, JavaType type, String getter, String setter) implements Property {
    @Override
    public long offset() {
      return field.offset();
    }
  }

  /**
   * A nested {@code T{...}} bound to another annotated interface; indexed when it repeats.
   *
   * @param name the property name
   * @param field the format item
   * @param record the nested interface and its generated class
   * @param getter the getter's name (indexed when the item repeats)
   */
  record Nested(String name, FieldLayout field, RecordRef record, String getter) implements Property {
    @Override
    public long offset() {
      return field.offset();
    }
  }
}
