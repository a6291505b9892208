package dev.structview.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The version check every generated class makes when it loads. */
class SupportTest {

  @Test
  void theVersionThisRuntimeProvidesPasses() {
    Support.requireVersion(Support.VERSION, SupportTest.class);
  }

  @Test
  void anotherVersionFailsNamingTheClassBothVersionsAndTheFix() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Support.requireVersion(Support.VERSION + 1, SupportTest.class));
    assertEquals(SupportTest.class.getName() + " was generated for structview support API version "
        + (Support.VERSION + 1) + ", but the structview-runtime on the class path provides version "
        + Support.VERSION + "; use the same structview version for structview-processor and structview-runtime"
        + " (structview-bom pins them together)", e.getMessage());
  }
}
