package dev.structview.support;

import dev.structview.internal.Require;
import dev.structview.memory.ByteStore;

/** The version of this support API, and the check every generated class makes of it. */
public final class Support {
  /**
   * The version of the support API this runtime provides. A processor writes the version it emits
   * code for into each generated class.
   */
  public static final int VERSION = 7;

  static {
    // Before any generated class's code runs, so that no compile binds the accessors to the one
    // store class linked at the time (ByteStore.initializeClasses says why).
    ByteStore.initializeClasses();
  }

  private Support() {}

  /**
   * Checks that this runtime provides the support API a generated class was written for; every
   * generated class calls this from its static initializer.
   *
   * @param version the support version the processor wrote the class for
   * @param generated the generated class, for the message
   * @throws IllegalStateException if this runtime provides another version, naming both and the fix
   * @throws IllegalArgumentException if {@code generated} is null
   */
  public static void requireVersion(int version, Class<?> generated) {
    Require.nonNull(generated, "generated");
    if (version != VERSION) {
      throw new IllegalStateException(generated.getName()
          + " was generated for structview support API version " + version + ", but the structview-runtime"
          + " on the class path provides version " + VERSION + "; use the same structview version for"
          + " structview-processor and structview-runtime (structview-bom pins them together)");
    }
  }
}
