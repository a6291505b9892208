package dev.structview.junit;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Silences the leak log for the rest of the test run, for test classes that run fixtures with
 * planted leaks: the garbage collector finds those leaks later, after the class is done, and each
 * would print an error to the build's console. This module's tests plant nothing else.
 */
final class QuietLeakLog implements BeforeAllCallback {
  /** Held strongly: java.util.logging keeps loggers only weakly, and would forget the level. */
  private static final Logger LOG = Logger.getLogger("dev.structview.leak");

  @Override
  public void beforeAll(ExtensionContext context) {
    LOG.setLevel(Level.OFF);
  }
}
