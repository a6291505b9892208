package dev.structview.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.testing.PackageGraph;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime's packages point one way: no cycle; {@code internal} depends on no other package and
 * is not exported; nothing in the runtime depends on {@code support}, the generated-code API that sits
 * on top; and no public signature of an exported package names an {@code internal} type.
 */
class RuntimeLayersTest {
  private static final String ROOT = "dev.structview";
  private static final String INTERNAL = ROOT + ".internal";
  private static final String SUPPORT = ROOT + ".support";
  private static final Path CLASSES = PackageGraph.module().resolve("target/classes");

  private static Map<String, Set<String>> graph() {
    return PackageGraph.of(PackageGraph.module(), ROOT);
  }

  @Test
  void thePackagesFormNoCycle() {
    Map<String, Set<String>> graph = graph();
    assertTrue(graph.keySet().containsAll(Set.of(INTERNAL, SUPPORT, ROOT + ".format", ROOT + ".view")),
        "expected the runtime's packages, found " + graph.keySet());
    List<String> cycle = PackageGraph.cycle(graph);
    assertTrue(cycle.isEmpty(), "package cycle: " + String.join(" -> ", cycle) + "\nall dependencies: " + graph);
  }

  @Test
  void internalIsALeafAndSupportIsOnTop() {
    Map<String, Set<String>> graph = graph();
    assertEquals(Set.of(), graph.get(INTERNAL), "runtime packages that " + INTERNAL + " depends on");
    assertEquals(Set.of(), PackageGraph.dependentsOf(graph, SUPPORT), "runtime packages that depend on " + SUPPORT);
  }

  @Test
  void theModuleExportsEveryPackageButInternal() throws IOException {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    assertEquals("dev.structview.runtime", module.name());
    Set<String> exported = module.exports().stream().map(e -> {
      assertTrue(e.targets().isEmpty(), "a qualified export: " + e);
      return e.source();
    }).collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = new TreeSet<>(graph().keySet());
    expected.remove(INTERNAL);
    assertEquals(expected, exported);
  }

  @Test
  void noPublicSignatureOfAnExportedPackageNamesAnInternalType() throws IOException, ClassNotFoundException {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : exportedTypes()) {
      signatureTypes(type).forEach(t -> named(t, new ArrayList<>()).stream()
          .filter(c -> c.getName().startsWith(INTERNAL + "."))
          .forEach(c -> leaks.add(type.getName() + " names " + c.getName())));
    }
    assertEquals(List.of(), leaks.stream().distinct().collect(Collectors.toList()));
  }

  /** The public and protected types of the exported packages, from the compiled classes. */
  private static List<Class<?>> exportedTypes() throws IOException, ClassNotFoundException {
    List<Class<?>> types = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(CLASSES.resolve(ROOT.replace('.', '/')))) {
      files = walk.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList());
    }
    for (Path file : files) {
      String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
      if (name.startsWith(INTERNAL + ".")) {
        continue;
      }
      Class<?> type = Class.forName(name, false, RuntimeLayersTest.class.getClassLoader());
      if (visible(type.getModifiers()) && (type.getEnclosingClass() == null || visible(type.getModifiers()))) {
        types.add(type);
      }
    }
    assertTrue(types.size() > 40, "expected the runtime's public types in " + CLASSES + ", found " + types.size());
    return types;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** Every type a class's public face names: supertypes, and its visible members' signatures. */
  private static List<Type> signatureTypes(Class<?> type) {
    List<Type> types = new ArrayList<>();
    if (type.getGenericSuperclass() != null) {
      types.add(type.getGenericSuperclass());
    }
    types.addAll(List.of(type.getGenericInterfaces()));
    for (Field f : type.getDeclaredFields()) {
      if (visible(f.getModifiers())) {
        types.add(f.getGenericType());
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (visible(m.getModifiers()) && !m.isSynthetic()) {
        types.add(m.getGenericReturnType());
        executable(m, types);
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (visible(c.getModifiers()) && !c.isSynthetic()) {
        executable(c, types);
      }
    }
    return types;
  }

  private static void executable(Executable e, List<Type> types) {
    types.addAll(List.of(e.getGenericParameterTypes()));
    types.addAll(List.of(e.getGenericExceptionTypes()));
  }

  /** The classes a type names: itself, its arguments, bounds and components. */
  private static List<Class<?>> named(Type type, List<Class<?>> out) {
    if (type instanceof Class) {
      Class<?> c = (Class<?>) type;
      out.add(c.isArray() ? c.getComponentType() : c);
    } else if (type instanceof ParameterizedType) {
      named(((ParameterizedType) type).getRawType(), out);
      for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
        named(argument, out);
      }
    } else if (type instanceof GenericArrayType) {
      named(((GenericArrayType) type).getGenericComponentType(), out);
    } else if (type instanceof WildcardType) {
      Stream.of(((WildcardType) type).getUpperBounds()).forEach(b -> named(b, out));
      Stream.of(((WildcardType) type).getLowerBounds()).forEach(b -> named(b, out));
    } else if (type instanceof TypeVariable && out.size() < 64) {
      Stream.of(((TypeVariable<?>) type).getBounds()).forEach(b -> named(b, out));
    }
    return out;
  }
}
