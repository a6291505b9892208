package dev.structview.processor.read;

import dev.structview.processor.model.RecordRef;
import java.util.List;
import java.util.Set;

/**
 * An annotated interface as the binding rules see it: its names, the annotation's values and its
 * abstract methods in declaration order. Made by {@link InterfaceReader}.
 *
 * @param record the interface, its generated class name and its format
 * @param charset the annotation's charset
 * @param methods the abstract methods the interface declares, in declaration order
 * @param defaults the default methods it declares
 * @param deprecated whether the interface, or a type or method the generated class uses, is deprecated
 * @param hiddenNames the simple names that denote other types in the generated class's scope
 *     (member types it inherits, package types named like {@code java.lang} ones): the generated
 *     code qualifies the types of these names
 * @param serializable whether the interface is {@code java.io.Serializable}, which the generated
 *     class then is too (javac's serial lint warns of it there)
 */
public record InterfaceSource(RecordRef record, String charset, List<MethodSource> methods,
    List<MethodSource> defaults, boolean deprecated, Set<String> hiddenNames, boolean serializable) {
  /** Copies the methods and names. */
  public InterfaceSource {
    methods = List.copyOf(methods);
    defaults = List.copyOf(defaults);
    hiddenNames = Set.copyOf(hiddenNames);
  }
}
