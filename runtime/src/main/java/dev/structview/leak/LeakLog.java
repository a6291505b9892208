package dev.structview.leak;

import java.lang.System.Logger.Level;

/**
 * Where a leak found by the garbage collector is reported: the {@code dev.structview.leak}
 * {@link System.Logger} (java.util.logging unless the application routes it elsewhere), at
 * {@link Level#ERROR}, as Netty logs its leaks.
 */
final class LeakLog {
  /** The logger's name: configure it to route or silence leak reports. */
  static final String NAME = "dev.structview.leak";

  private LeakLog() {}

  static void collected(Leak leak) {
    System.getLogger(NAME).log(Level.ERROR, () -> "LEAK: " + leak
        + ". Release every view of an exporter (try-with-resources) and free every block.");
  }
}
