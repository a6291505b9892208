package dev.structview.annotation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;

/** The annotation's own contract: where it goes, how long it lives, and its defaults. */
class BufferFormatTest {

  @Test
  void isKeptInClassFilesForToolsButNotAtRunTime() {
    assertEquals(RetentionPolicy.CLASS, BufferFormat.class.getAnnotation(Retention.class).value());
    assertNotNull(BufferFormat.class.getAnnotation(Documented.class));
  }

  @Test
  void appliesToTypesOnly() {
    assertArrayEquals(new ElementType[] {ElementType.TYPE}, BufferFormat.class.getAnnotation(Target.class).value());
  }

  @Test
  void generatedNameDefaultsToEmpty() throws NoSuchMethodException {
    assertEquals("", BufferFormat.class.getMethod("name").getDefaultValue());
    assertEquals(null, BufferFormat.class.getMethod("value").getDefaultValue());
  }
}
