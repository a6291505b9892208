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
 */
public record ViewModel(RecordRef record, StructFormat layout, String charset, List<Property> properties,
    boolean deprecated, Set<String> varargs) {
  /** Copies the properties and names. */
  public ViewModel {
    properties = List.copyOf(properties);
    varargs = Set.copyOf(varargs);
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
