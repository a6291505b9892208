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
 * @param origin the compiler's element for the method, where diagnostics are reported; opaque here
 */
public record MethodSource(String name, JavaType returns, List<JavaType> parameters, String checkedException,
    Object origin) {
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

  @Override
  public String toString() {
    return signature();
  }
}
