package dev.structview.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.structview.annotation.BufferFormat;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.QualifiedNameable;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What Gradle needs to compile users' code incrementally: the processor declares itself isolating,
 * and keeps that mode's rules (exactly one originating element per generated file, the annotated
 * type; an annotation that class files keep). Gradle itself is not run here.
 */
class GradleIncrementalTest {

  @Test
  void declaresItselfIsolatingBesideItsServiceEntry() throws IOException {
    assertEquals(List.of("dev.structview.processor.BufferFormatProcessor,isolating"),
        processorResource("META-INF/gradle/incremental.annotation.processors"));
    assertEquals(List.of("dev.structview.processor.BufferFormatProcessor"),
        processorResource("META-INF/services/javax.annotation.processing.Processor"));
  }

  @Test
  void bufferFormatIsKeptInClassFiles() {
    // Gradle's incremental analysis reads class files: a SOURCE annotation would be invisible to it.
    assertNotEquals(RetentionPolicy.SOURCE, BufferFormat.class.getAnnotation(Retention.class).value());
  }

  @Test
  void everyGeneratedFileOriginatesFromExactlyItsInterface() {
    JavaFileObject track = JavaFileObjects.forSourceString("test.Track", """
        package test;
        import dev.structview.annotation.BufferFormat;
        @BufferFormat("<I:id: T{<h:x: h:y:}:start:")
        public interface Track {
          long id();
          Point start();

          @BufferFormat("<h:x: h:y:")
          interface Point {
            short x();
            short y();
          }
        }
        """);
    JavaFileObject tick = JavaFileObjects.forSourceString("test.Tick", """
        package test;
        import dev.structview.annotation.BufferFormat;
        @BufferFormat("<IhB")
        public interface Tick {
          long id();
          short delta();
          int flags();
          void id(long value);
        }
        """);
    Map<String, List<String>> origins = new TreeMap<>();
    Compilation compilation = javac()
        .withProcessors(new FilerWrappingProcessor(filer -> new RecordingFiler(filer, origins))).compile(track, tick);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(Map.of(
        "test.TickView", List.of("test.Tick"),
        "test.Track_PointView", List.of("test.Track.Point"),
        "test.TrackView", List.of("test.Track")), origins);
  }

  /** The lines of a resource of the processor's own class output, which the jar is packaged from. */
  private static List<String> processorResource(String name) throws IOException {
    URL classes = BufferFormatProcessor.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes}, null);
        InputStream in = loader.getResourceAsStream(name)) {
      assertNotNull(in, name + " is missing from " + classes);
      return new String(in.readAllBytes(), UTF_8).lines().map(String::strip).filter(line -> !line.isEmpty())
          .toList();
    }
  }

  /** Records, by file name, the qualified names of the originating elements of every file created. */
  private record RecordingFiler(Filer filer, Map<String, List<String>> origins) implements Filer {
    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
      record(name.toString(), originatingElements);
      return filer.createSourceFile(name, originatingElements);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
      record(name.toString(), originatingElements);
      return filer.createClassFile(name, originatingElements);
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName, Element... originatingElements) throws IOException {
      record(moduleAndPkg + "/" + relativeName, originatingElements);
      return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName) throws IOException {
      return filer.getResource(location, moduleAndPkg, relativeName);
    }

    private void record(String file, Element... originatingElements) {
      origins.put(file, Arrays.stream(originatingElements)
          .map(e -> e instanceof QualifiedNameable q ? q.getQualifiedName().toString() : e.toString()).toList());
    }
  }
}
