package dev.structview.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.Supplier;

/**
 * What a call did: its value, or the exception it threw. Anything thrown that is not a
 * {@link RuntimeException} (an {@code OutOfMemoryError}, a {@code StackOverflowError}) fails the
 * property at once.
 *
 * @param <T> the call's result
 */
record Outcome<T>(T value, RuntimeException error) {
  static <T> Outcome<T> of(Supplier<T> call) {
    try {
      return new Outcome<>(call.get(), null);
    } catch (RuntimeException e) {
      return new Outcome<>(null, e);
    } catch (Error e) {
      return fail("the call threw " + e, e);
    }
  }

  static Outcome<Void> run(Runnable call) {
    return of(() -> {
      call.run();
      return null;
    });
  }

  boolean ok() {
    return error == null;
  }

  /** Asserts the call succeeded, and returns its value. */
  T value(String what) {
    if (error != null) {
      fail(what + ": expected success, got " + error, error);
    }
    return value;
  }

  /** Asserts the call failed with an exception of the given class (or a subclass). */
  void failedWith(Class<? extends RuntimeException> expected, String what) {
    if (error == null) {
      fail(what + ": expected " + expected.getSimpleName() + ", got success: " + value);
    }
    if (!expected.isInstance(error)) {
      fail(what + ": expected " + expected.getSimpleName() + ", got " + error, error);
    }
  }
}
