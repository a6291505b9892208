package dev.structview.processor.read;

import dev.structview.processor.model.JavaType;
import java.util.List;

/**
 * An abstract method of an annotated interface, as the binding rules see it.
 *
 * @param name the method's name
 * @param returns its return type
 * @param parameters its parameter types
 * @param checkedException the first checked exception it declares, or {@code null}
 * @param origin the compiler's element where diagnostics about the method are reported: the method,
 *     or the annotated interface for an inherited method; opaque here
 * @param inheritedFrom the qualified name of the superinterface that declares it, or {@code null}
 *     when the annotated interface declares it
 * @param varargs whether its last parameter is declared {@code T...}, which its implementation must repeat
 */
public record MethodSource(String name, JavaType returns, List<JavaType> parameters, String checkedException,
    Object origin, String inheritedFrom, boolean varargs) {
  /** Copies the parameters. */
  public MethodSource {
    parameters = List.copyOf(parameters);
  }

  /** Returns the method as written in messages: {@code samples(int)}. */
  public String signature() {
    StringBuilder out = new StringBuilder(name).append('(');
    for (int i = 0; i < parameters.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(parameters.get(i).display());
    }
    return out.append(')').toString();
  }

  /** Returns whether a superinterface declares the method. */
  public boolean inherited() {
    return inheritedFrom != null;
  }

  /** Returns the method as written in messages: {@code id()}, or {@code HasId.id()} when inherited. */
  @Override
  public String toString() {
    return inherited() ? inheritedFrom.substring(inheritedFrom.lastIndexOf('.') + 1) + "." + signature()
        : signature();
  }
}
