package dev.structview.samples.views;

import static org.junit.jupiter.api.Assertions.fail;

import dev.structview.buffer.BufferExporter;
import dev.structview.samples.views.ViewVectors.Prop;
import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated view class, driven by reflection from the vectors' property names: so that one
 * replay covers every interface. The typed tests call the same members directly.
 */
final class ViewAccess {
  private static final String PACKAGE = "dev.structview.samples.views.";

  final ViewVectors vectors;
  final Class<?> iface;
  final Class<?> view;
  final Class<?> values;

  private ViewAccess(ViewVectors vectors, Class<?> iface, Class<?> view, Class<?> values) {
    this.vectors = vectors;
    this.iface = iface;
    this.view = view;
    this.values = values;
  }

  /** The generated class of an interface; fails when it was not generated. */
  static ViewAccess of(ViewVectors vectors) {
    String name = PACKAGE + vectors.viewClass();
    try {
      Class<?> view = Class.forName(name);
      return new ViewAccess(vectors, Class.forName(PACKAGE + vectors.iface()), view, Class.forName(name + "$Values"));
    } catch (ClassNotFoundException e) {
      return fail(vectors.viewClass() + " was not generated (" + e.getMessage() + "): its interface is missing "
          + "from the test sources, or the processor skipped it");
    }
  }

  /** Whether the interface declares any setter (a void method), so that its view needs writable memory. */
  boolean writable() {
    return Arrays.stream(iface.getMethods()).anyMatch(m -> m.getReturnType() == void.class);
  }

  // ---- static members -------------------------------------------------------------------------

  Object wrap(byte[] bytes) {
    return call(null, find(view, "wrap", byte[].class), bytes);
  }

  Object wrap(byte[] bytes, int offset) {
    return call(null, find(view, "wrap", byte[].class, int.class), bytes, offset);
  }

  Object wrap(ByteBuffer buffer, int offset) {
    return call(null, find(view, "wrap", ByteBuffer.class, int.class), buffer, offset);
  }

  Object wrap(MemoryView memory) {
    return call(null, find(view, "wrap", MemoryView.class), memory);
  }

  RecordArray<?> array(byte[] bytes) {
    return (RecordArray<?>) call(null, find(view, "array", byte[].class), (Object) bytes);
  }

  RecordArray<?> array(byte[] bytes, int offset, int count) {
    return (RecordArray<?>) call(null, find(view, "array", byte[].class, int.class, int.class), bytes, offset, count);
  }

  RecordArray<?> array(ByteBuffer buffer) {
    return (RecordArray<?>) call(null, find(view, "array", ByteBuffer.class), buffer);
  }

  RecordArray<?> array(BufferExporter source) {
    return (RecordArray<?>) call(null, find(view, "array", BufferExporter.class), source);
  }

  // java.nio.file.Path in full: this package has a test interface called Path.
  RecordArray<?> map(java.nio.file.Path file) {
    return (RecordArray<?>) call(null, find(view, "map", java.nio.file.Path.class), file);
  }

  RecordArray<?> map(FileChannel channel, FileChannel.MapMode mode, long offset, long count) {
    return (RecordArray<?>) call(null, find(view, "map", FileChannel.class, FileChannel.MapMode.class, long.class,
        long.class), channel, mode, offset, count);
  }

  Object staticField(String name) {
    try {
      return view.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      return fail(view.getSimpleName() + " has no public field " + name);
    }
  }

  /** The components of {@code Values}, in their declared order. */
  List<String> valueComponents() {
    return Arrays.stream(values.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  /** A {@code Values} of the given property values, matched to components by name. */
  Object newValues(Map<String, Object> byName) {
    RecordComponent[] components = values.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] = byName.get(components[i].getName());
    }
    try {
      return construct(values.getDeclaredConstructor(types), args);
    } catch (NoSuchMethodException e) {
      return fail(values + " has no canonical constructor");
    }
  }

  /** The static {@code pack(...)}: its parameters are the components of {@code Values}, in order. */
  byte[] pack(Map<String, Object> byName) {
    RecordComponent[] components = values.getRecordComponents();
    Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    Object[] args = Arrays.stream(components).map(c -> byName.get(c.getName())).toArray();
    return (byte[]) call(null, find(view, "pack", types), args);
  }

  /** {@code Values.pack()}. */
  byte[] packValues(Object valuesRecord) {
    return (byte[]) call(valuesRecord, find(values, "pack"));
  }

  /** The instance {@code pack(Values)} of a view with setters. */
  void packInto(Object record, Object valuesRecord) {
    call(record, find(view, "pack", values), valuesRecord);
  }

  Object unpack(Object record) {
    return call(record, find(view, "unpack"));
  }

  // ---- properties -----------------------------------------------------------------------------

  /**
   * Reads a property through every getter it has: the whole getter and, for arrays, the indexed
   * one (assembled into an array). Keys name the accessor; values are read tokens.
   */
  Map<String, String> read(Object record, Prop p) {
    Map<String, String> out = new LinkedHashMap<>();
    if (p.isNested()) {
      out.put(p.name(), JavaValues.elementToken(nested(record, p.name())));
      return out;
    }
    Method whole = getter(p);
    if (whole != null) {
      out.put(whole.getName() + "()", JavaValues.token(p, call(record, whole)));
    }
    Method indexed = indexedGetter(p);
    if (indexed != null) {
      Object array = Array.newInstance(JavaValues.type(p.elementType()), p.count());
      for (int i = 0; i < p.count(); i++) {
        Array.set(array, i, call(record, indexed, indices(p, i)));
      }
      out.put(indexed.getName() + "(int...)", JavaValues.token(p, array));
    }
    if (out.isEmpty()) {
      fail(iface.getSimpleName() + " has no getter for " + p.name());
    }
    return out;
  }

  /** Reads {@code pos.x} or {@code pts[1].y}: getters of nested views, then a scalar getter. */
  private Object nested(Object record, String path) {
    Object current = record;
    for (String step : path.split("\\.")) {
      int bracket = step.indexOf('[');
      String name = bracket < 0 ? step : step.substring(0, bracket);
      if (bracket < 0) {
        current = call(current, find(current.getClass(), name));
      } else {
        int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
        current = call(current, find(current.getClass(), name, int.class), index);
      }
    }
    return current;
  }

  /** Writes a whole property through its whole setter, or element by element through the indexed one. */
  void write(Object record, Prop p, Object value) {
    Method whole = setter(p);
    if (whole != null) {
      call(record, whole, value);
      return;
    }
    Method indexed = indexedSetter(p);
    if (indexed == null) {
      fail(iface.getSimpleName() + " has no setter for " + p.name());
    }
    for (int i = 0; i < p.count(); i++) {
      writeElement(record, p, indexed, i, Array.get(value, i));
    }
  }

  /** Writes element {@code index} (a flat, row-major index) through an indexed setter. */
  void writeElement(Object record, Prop p, Method indexedSetter, int index, Object value) {
    Object[] idx = indices(p, index);
    Object[] args = Arrays.copyOf(idx, idx.length + 1);
    args[idx.length] = value;
    call(record, indexedSetter, args);
  }

  Method getter(Prop p) {
    return accessor(p, 0, false);
  }

  Method setter(Prop p) {
    return accessor(p, 0, true);
  }

  Method indexedGetter(Prop p) {
    return p.isArray() ? accessor(p, dims(p), false) : null;
  }

  Method indexedSetter(Prop p) {
    return p.isArray() ? accessor(p, dims(p), true) : null;
  }

  private static int dims(Prop p) {
    return p.dims() == null ? 1 : p.dims().length;
  }

  /** Finds an accessor by record-style or bean-style name, with {@code ints} leading int indices. */
  private Method accessor(Prop p, int ints, boolean setter) {
    String cap = Character.toUpperCase(p.name().charAt(0)) + p.name().substring(1);
    List<String> names = setter ? List.of(p.name(), "set" + cap) : List.of(p.name(), "get" + cap, "is" + cap);
    for (Method m : iface.getMethods()) {
      Class<?>[] params = m.getParameterTypes();
      boolean isSetter = m.getReturnType() == void.class;
      int expected = ints + (setter ? 1 : 0);
      if (names.contains(m.getName()) && isSetter == setter && params.length == expected
          && leadingInts(params, ints)) {
        return view(m);
      }
    }
    return null;
  }

  private static boolean leadingInts(Class<?>[] params, int n) {
    for (int i = 0; i < n; i++) {
      if (params[i] != int.class) {
        return false;
      }
    }
    return true;
  }

  /** The generated class's implementation of an interface method. */
  private Method view(Method m) {
    return find(view, m.getName(), m.getParameterTypes());
  }

  /** The int indices of flat element {@code index}, row-major over the property's dims. */
  static Object[] indices(Prop p, int index) {
    int[] dims = p.dims() == null ? new int[] {p.count()} : p.dims();
    Object[] out = new Object[dims.length];
    for (int d = dims.length - 1; d >= 0; d--) {
      out[d] = index % dims[d];
      index /= dims[d];
    }
    return out;
  }

  // ---- reflection -----------------------------------------------------------------------------

  static Method find(Class<?> type, String name, Class<?>... params) {
    try {
      return type.getMethod(name, params);
    } catch (NoSuchMethodException e) {
      return fail(type.getName() + " has no public method " + name + Arrays.toString(params));
    }
  }

  /** Invokes a method, rethrowing what it threw as itself (unchecked). */
  static Object call(Object target, Method m, Object... args) {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw rethrow(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static Object construct(java.lang.reflect.Constructor<?> c, Object[] args) {
    try {
      return c.newInstance(args);
    } catch (InvocationTargetException e) {
      throw rethrow(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }
}
