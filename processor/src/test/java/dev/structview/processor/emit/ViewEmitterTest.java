package dev.structview.processor.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.structview.format.FieldLayout;
import dev.structview.format.FormatParser;
import dev.structview.format.StructFormat;
import dev.structview.processor.model.JavaType;
import dev.structview.processor.model.JavaType.Kind;
import dev.structview.processor.model.Property;
import dev.structview.processor.model.RecordRef;
import dev.structview.processor.model.ViewModel;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The emitter alone, from hand-built models: no annotation processing, so what is tested is only
 * what the emitter makes of a model.
 */
class ViewEmitterTest {

  private static JavaType type(Kind kind) {
    return JavaType.of(kind, kind.name().toLowerCase(java.util.Locale.ROOT));
  }

  /** {@code <IhB3h8s}: id as unsigned long with a setter, delta, flags, samples[3], name as String. */
  static ViewModel tickModel() {
    StructFormat layout = FormatParser.parseExtended("<IhB3h8s");
    List<FieldLayout> f = layout.fields();
    RecordRef record = new RecordRef("com.example", List.of("Tick"), "TickView", "<IhB3h8s");
    return new ViewModel(record, layout, "UTF-8", List.of(
        new Property.Scalar("id", f.get(0), 0, type(Kind.LONG), "id", "id"),
        new Property.Scalar("delta", f.get(1), 0, type(Kind.SHORT), "delta", null),
        new Property.Scalar("flags", f.get(2), 0, type(Kind.INT), "flags", "flags"),
        new Property.Array("samples", f.get(3), type(Kind.SHORT), "samples", "samples", "sample", null),
        new Property.Text("name", f.get(4), JavaType.of(Kind.STRING, "String"), "name", "name")), false, Set.of(), Set.of());
  }

  static final JavaFileObject TICK = JavaFileObjects.forSourceString("com.example.Tick", """
      package com.example;
      public interface Tick {
        long id();
        void id(long value);
        short delta();
        int flags();
        void flags(int value);
        short[] samples();
        void samples(short[] values);
        short sample(int index);
        String name();
        void name(String value);
      }
      """);

  @Test
  void theSameModelAlwaysGivesTheSameSource() {
    assertEquals(ViewEmitter.emit(tickModel()).toString(), ViewEmitter.emit(tickModel()).toString());
  }

  @Test
  void generatedCodeCompilesCleanUnderEveryLint() {
    JavaFileObject generated = ViewEmitter.emit(tickModel()).toJavaFileObject();
    Compilation compilation = javac().withOptions(List.of("-Xlint:all", "-Werror", "-proc:none"))
        .compile(TICK, generated);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void offsetsAreNamedConstantsFromTheParser() {
    String source = ViewEmitter.emit(tickModel()).toString();
    assertTrue(source.contains("public static final int SIZE = 21;"), source);
    assertTrue(source.contains("public static final int SAMPLES_OFFSET = 7;"), source);
    assertTrue(source.contains("public static final int NAME_OFFSET = 13;"), source);
    assertTrue(source.contains("private static final Charset CHARSET = Charset.forName(\"UTF-8\");"), source);
  }

  @Test
  void accessorsIndexOnceAndConvertByTheTable() {
    String source = ViewEmitter.emit(tickModel()).toString();
    assertTrue(source.contains("return store.getInt(offset + ID_OFFSET, false) & 0xFFFF_FFFFL;"), source);
    assertTrue(source.contains("store.putInt(offset + ID_OFFSET, false, (int) Conversions.unsigned(value, 32, 'I'));"),
        source);
    assertTrue(source.contains("store.putByte(offset + FLAGS_OFFSET, (byte) Conversions.unsigned(value, 8, 'B'));"),
        source);
    assertTrue(source.contains("Objects.checkIndex(index, 3);"), source);
    assertTrue(source.contains("return store.getShort(offset + SAMPLES_OFFSET + 2 * index, false);"), source);
  }

  @Test
  void namesThatCollideAreMadeUnique() {
    StructFormat layout = FormatParser.parseExtended("<hh");
    List<FieldLayout> f = layout.fields();
    ViewModel model = new ViewModel(new RecordRef("p", List.of("Pair"), "PairView", "<hh"), layout, "ISO-8859-1",
        List.of(new Property.Scalar("deltaTime", f.get(0), 0, type(Kind.SHORT), "deltaTime", null),
            new Property.Scalar("delta_time", f.get(1), 0, type(Kind.SHORT), "delta_time", null)), false, Set.of(), Set.of());
    String source = ViewEmitter.emit(model).toString();
    assertTrue(source.contains("DELTA_TIME_OFFSET = 0;"), source);
    assertTrue(source.contains("DELTA_TIME_OFFSET_ = 2;"), source);
  }
}
