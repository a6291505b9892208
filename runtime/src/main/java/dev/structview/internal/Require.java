package dev.structview.internal;

import java.util.List;

/**
 * The one check of a null argument, shared by every public method that refuses null, so that all
 * refuse it alike: with an {@link IllegalArgumentException} naming the parameter, as DESIGN.md maps
 * Python's {@code TypeError} for None, never with a {@link NullPointerException} from deeper down.
 * Not API.
 */
public final class Require {
  private Require() {}

  /**
   * Returns {@code value}, checked not to be null.
   *
   * @param value the argument
   * @param name the parameter's name, for the message
   * @return {@code value}
   * @throws IllegalArgumentException "{@code name} must not be null" if {@code value} is null
   */
  public static <T> T nonNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /**
   * Returns an unmodifiable copy of {@code list}, checked not to be or hold null.
   *
   * @param list the argument
   * @param name the parameter's name, for the message
   * @return the copy
   * @throws IllegalArgumentException "{@code name} must not be null" if {@code list} is null, or
   *     "{@code name} must not hold null: index=K" if an element is
   */
  public static <T> List<T> copyOf(List<? extends T> list, String name) {
    nonNull(list, name);
    // List.copyOf would refuse a null element too, but with a NullPointerException.
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new IllegalArgumentException(name + " must not hold null: index=" + i);
      }
    }
    return List.copyOf(list);
  }
}
