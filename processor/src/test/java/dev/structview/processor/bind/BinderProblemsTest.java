package dev.structview.processor.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.structview.processor.model.JavaType;
import dev.structview.processor.model.JavaType.Kind;
import dev.structview.processor.model.RecordRef;
import dev.structview.processor.read.InterfaceSource;
import dev.structview.processor.read.MethodSource;
import dev.structview.processor.report.Diagnostic;
import dev.structview.processor.report.Origin;
import dev.structview.processor.report.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bind phase without a compiler: its problems carry their catalogue entry and a typed origin,
 * so they are matched without reading messages. (Messages and the lines they land on are the
 * diagnostics suite's business.)
 */
class BinderProblemsTest {
  /** Stands in for the compiler's element, which the binder passes on without looking at it. */
  private static final Object FLAGS_ELEMENT = "the element of flags()";

  @Test
  void aBadFormatIsAProblemWithTheAnnotationsValue() {
    Problem problem = only(Binder.bind(tick("<Iz", List.of())).problems());
    assertEquals(Diagnostic.FORMAT, problem.diagnostic());
    assertEquals(new Origin.OnAnnotationValue("value"), problem.origin());
  }

  @Test
  void anAccessorWithNoFieldIsAProblemWithThatMethod() {
    MethodSource id = getter("id", Kind.LONG, "the element of id()");
    MethodSource flags = getter("flags", Kind.INT, FLAGS_ELEMENT);
    Binder.Result result = Binder.bind(tick("<I", List.of(id, flags)));
    Problem problem = only(result.problems());
    assertNull(result.model());
    assertEquals(Diagnostic.FIELDS_EXTRA, problem.diagnostic());
    assertEquals(new Origin.OnMethod(FLAGS_ELEMENT), problem.origin());
  }

  private static InterfaceSource tick(String format, List<MethodSource> methods) {
    RecordRef tick = new RecordRef("test", List.of("Tick"), "TickView", format);
    return new InterfaceSource(tick, "US-ASCII", methods, List.of(), false, dev.structview.processor.model.Scope.EMPTY,
        false);
  }

  private static MethodSource getter(String name, Kind returns, Object element) {
    return new MethodSource(name, JavaType.of(returns, returns.name().toLowerCase(java.util.Locale.ROOT)), List.of(),
        null, element, null, false);
  }

  private static Problem only(List<Problem> problems) {
    assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
    return problems.get(0);
  }
}
