package dev.structview.processor.read;

import dev.structview.processor.model.RecordRef;
import java.util.List;

/**
 * An annotated interface as the binding rules see it: its names, the annotation's values and its
 * abstract methods in declaration order. Made by {@link InterfaceReader}.
 *
 * @param record the interface, its generated class name and its format
 * @param charset the annotation's charset
 * @param methods the abstract methods the interface declares, in declaration order
 * @param defaults the default methods it declares
 * @param deprecated whether the interface, or a type or method the generated class uses, is deprecated
 */
public record InterfaceSource(RecordRef record, String charset, List<MethodSource> methods,
    List<MethodSource> defaults, boolean deprecated) {
  /** Copies the methods. */
  public InterfaceSource {
    methods = List.copyOf(methods);
    defaults = List.copyOf(defaults);
  }
}
