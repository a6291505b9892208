package dev.structview.samples.views;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.structview.samples.views.ViewVectors.Prop;
import dev.structview.view.RecordType;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The generated class's constants against CPython's layout: {@code FORMAT}, {@code SIZE}
 * ({@code struct.calcsize}), one {@code NAME_OFFSET} per field, and the order of {@code Values} and
 * {@code pack(...)}, which is the format's (as {@code struct.pack} takes its values).
 */
class ViewLayoutTest {

  @TestFactory
  Stream<DynamicNode> everyInterfaceWithVectorsIsGenerated() {
    return ViewVectors.all().stream().map(name -> dynamicTest(name, () -> ViewAccess.of(ViewVectors.load(name))));
  }

  @TestFactory
  Stream<DynamicNode> constantsAreCPythonsLayout() {
    return Replays.perView(access -> Stream.of(dynamicTest("FORMAT, SIZE, offsets", () -> assertLayout(access))));
  }

  @TestFactory
  Stream<DynamicNode> valuesAndPackTakeTheFieldsInFormatOrder() {
    return Replays.perView(access -> access.vectors.hasNested() ? Stream.empty()
        : Stream.of(dynamicTest("Values components", () -> assertEquals(
            access.vectors.props().stream().map(Prop::name).toList(), access.valueComponents(),
            "Values and pack(...) should list the fields as the format orders them (struct.pack's order)"))));
  }

  @TestFactory
  Stream<DynamicNode> onlyViewsWithSettersNeedWritableMemory() {
    return Replays.perView(access -> Stream.of(dynamicTest(access.writable() ? "writable" : "read-only", () -> {
      RecordType<?> type = (RecordType<?>) access.staticField("TYPE");
      boolean packsInPlace = Arrays.stream(access.view.getMethods())
          .anyMatch(m -> m.getName().equals("pack") && m.getParameterCount() == 1 && m.getParameterTypes()[0] == access.values
              && !Modifier.isStatic(m.getModifiers()));
      assertAll(
          () -> assertEquals(access.writable(), type.writable(), "TYPE.writable()"),
          () -> assertEquals(access.vectors.format(), type.format(), "TYPE.format()"),
          () -> assertEquals(access.vectors.size(), type.size(), "TYPE.size()"),
          () -> assertEquals(access.writable(), packsInPlace, "pack(Values) exists exactly when there are setters"));
    })));
  }

  private static void assertLayout(ViewAccess access) {
    ViewVectors v = access.vectors;
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertEquals(v.format(), access.staticField("FORMAT"), "FORMAT"));
    checks.add(() -> assertEquals(v.size(), access.staticField("SIZE"), "SIZE (struct.calcsize of " + v.struct() + ")"));
    for (Prop p : v.props()) {
      if (!p.isNested()) {
        String constant = snake(p.name()) + "_OFFSET";
        checks.add(() -> assertEquals(p.offset(), access.staticField(constant), constant));
      }
    }
    if (!v.hasNested()) {
      checks.add(() -> assertEquals(v.props().size(),
          Arrays.stream(access.view.getFields()).filter(f -> f.getName().endsWith("_OFFSET")).count(),
          "one offset constant per bound field"));
    }
    assertAll(v.view(), checks);
  }

  /** {@code i16Short} as {@code I16_SHORT}: the constant names the javadoc shows ({@code ID_OFFSET}). */
  static String snake(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }
}
