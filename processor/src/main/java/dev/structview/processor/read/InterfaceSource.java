package dev.structview.processor.read;

import dev.structview.processor.model.RecordRef;
import dev.structview.processor.model.Scope;
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
 * @param scope the user's names in the scope of the generated class, which its own names must not
 *     collide with
 * @param serializable whether the interface is {@code java.io.Serializable}, which the generated
 *     class then is too (javac's serial lint warns of it there)
 */
public record InterfaceSource(RecordRef record, String charset, List<MethodSource> methods,
    List<MethodSource> defaults, boolean deprecated, Scope scope, boolean serializable) {
  /** Copies the methods. */
  public InterfaceSource {
    methods = List.copyOf(methods);
    defaults = List.copyOf(defaults);
  }
}
