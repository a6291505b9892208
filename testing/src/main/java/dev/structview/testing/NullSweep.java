package dev.structview.testing;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Calls every public constructor and method of some classes with {@code null} in each reference
 * parameter position in turn (and, for an array of references, with an array holding one
 * {@code null}), valid samples elsewhere, and reports every call that ends in anything but a normal
 * return or an {@link IllegalArgumentException} with a message: the contract of DESIGN.md's "null
 * plays Python's None ... nothing else ever escapes".
 *
 * <p>Samples and receivers come from tables the caller fills per type. The sweep reports, rather
 * than skips, a member it cannot call (no receiver, no sample), a member whose all-valid call
 * throws (its null results would prove nothing: the valid arguments, not the null, might be what
 * was refused), and a table entry nothing used, so that neither a new class nor a stale table can
 * make it pass by checking less.
 */
public final class NullSweep {
  private final Map<Class<?>, Supplier<?>> samples = new HashMap<>();
  private final Map<Class<?>, Supplier<?>> receivers = new HashMap<>();
  private final Map<Class<?>, String> noReceiver = new HashMap<>();
  private final Map<String, Supplier<Object[]>> arguments = new HashMap<>();
  private final Map<String, Supplier<?>> memberReceivers = new HashMap<>();
  private final Set<String> used = new HashSet<>();
  private Consumer<Object> cleanup = o -> { };

  /** Uses {@code sample} for a parameter of exactly {@code type} (a fresh value per call). */
  public <T> NullSweep sample(Class<T> type, Supplier<? extends T> sample) {
    samples.put(type, sample);
    return this;
  }

  /** Calls the instance methods {@code type} declares on a fresh {@code receiver} each time. */
  public <T> NullSweep receiver(Class<T> type, Supplier<? extends T> receiver) {
    receivers.put(type, receiver);
    return this;
  }

  /** Leaves out the instance methods {@code type} declares, for the stated reason. */
  public NullSweep noReceiver(Class<?> type, String reason) {
    noReceiver.put(type, reason);
    return this;
  }

  /** The valid arguments of one member, as {@link PublicApi#name} names it, where the samples will not do. */
  public NullSweep arguments(String member, Supplier<Object[]> valid) {
    arguments.put(member, valid);
    return this;
  }

  /** The receiver of one instance method, where the type's receiver will not do. */
  public NullSweep receiver(String member, Supplier<?> receiver) {
    memberReceivers.put(member, receiver);
    return this;
  }

  /** Runs on every receiver, argument and result after each call: releases what the call acquired. */
  public NullSweep cleanup(Consumer<Object> release) {
    cleanup = release;
    return this;
  }

  /** Sweeps the public members of {@code classes}. */
  public NullSweepReport run(List<Class<?>> classes) {
    NullSweepReport report = new NullSweepReport();
    for (Class<?> type : classes) {
      report.classes++;
      for (Executable member : PublicApi.members(type)) {
        sweep(member, report);
      }
    }
    reportUnused(report);
    return report;
  }

  private void sweep(Executable member, NullSweepReport report) {
    String name = PublicApi.name(member);
    List<Integer> positions = referencePositions(member);
    if (positions.isEmpty()) {
      return;
    }
    report.members++;
    if (isEnumValueOf(member)) {
      report.excluded.add(name + ": Java's Enum.valueOf, documented to throw NullPointerException for null");
      return;
    }
    if (!isStatic(member) && noReceiver.containsKey(member.getDeclaringClass())) {
      used.add("noReceiver " + member.getDeclaringClass().getName());
      report.excluded.add(name + ": " + noReceiver.get(member.getDeclaringClass()));
      return;
    }
    if (member.getParameterCount() > 1 && !callsCleanly(member, name, report)) {
      return;
    }
    for (int position : positions) {
      report.positions++;
      check(member, name, position, null, report);
      Class<?> type = member.getParameterTypes()[position];
      if (type.isArray() && !type.getComponentType().isPrimitive()) {
        check(member, name, position, Array.newInstance(type.getComponentType(), 1), report);
      }
    }
  }

  /** The compiler writes an enum's {@code valueOf(String)}; nothing the runtime can change. */
  private static boolean isEnumValueOf(Executable member) {
    return member.getDeclaringClass().isEnum() && member.getName().equals("valueOf")
        && Arrays.equals(member.getParameterTypes(), new Class<?>[] {String.class});
  }

  private static List<Integer> referencePositions(Executable member) {
    List<Integer> positions = new ArrayList<>();
    Class<?>[] types = member.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      if (!types[i].isPrimitive()) {
        positions.add(i);
      }
    }
    return positions;
  }

  /** The all-valid call: if it throws, a null result could not be told from the valid arguments' refusal. */
  private boolean callsCleanly(Executable member, String name, NullSweepReport report) {
    try {
      for (Supplier<?> receiver : receivers(member)) {
        Throwable thrown = call(member, receiver.get(), validArguments(member, name, -1));
        if (thrown != null) {
          report.problems.add(name + " throws with valid arguments, so its null checks prove nothing: " + thrown);
          return false;
        }
      }
      return true;
    } catch (MissingSample e) {
      report.problems.add(e.getMessage());
      return false;
    }
  }

  private void check(Executable member, String name, int position, Object value, NullSweepReport report) {
    String what = value == null ? "null" : "an array holding null";
    try {
      for (Supplier<?> receiver : receivers(member)) {
        Object[] args = validArguments(member, name, position);
        args[position] = value;
        Throwable thrown = call(member, receiver.get(), args);
        if (thrown != null && !(thrown instanceof IllegalArgumentException && hasMessage(thrown))) {
          report.problems.add(name + " with " + what + " as argument " + position + " threw " + thrown
              + "\n      at " + (thrown.getStackTrace().length > 0 ? thrown.getStackTrace()[0] : "?"));
          return;
        }
        if (thrown == null && value == null) {
          report.accepted.add(name + "#" + position);
        }
      }
    } catch (MissingSample e) {
      report.problems.add(e.getMessage());
    }
  }

  private static boolean hasMessage(Throwable thrown) {
    return thrown.getMessage() != null && !thrown.getMessage().isBlank();
  }

  /** Calls the member; returns what it threw, unwrapped, or null. */
  private Throwable call(Executable member, Object receiver, Object[] args) {
    Object result = null;
    try {
      result = member instanceof Constructor
          ? ((Constructor<?>) member).newInstance(args)
          : ((Method) member).invoke(receiver, args);
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(PublicApi.name(member) + " cannot be called", e);
    } finally {
      release(receiver, args, result);
    }
  }

  private void release(Object receiver, Object[] args, Object result) {
    cleanup.accept(result);
    for (Object arg : args) {
      cleanup.accept(arg);
    }
    cleanup.accept(receiver);
  }

  /**
   * The receivers to call the member on, each made fresh per call: none needed for a static member
   * or constructor; every constant of an enum, since a method may ignore its argument for some
   * (a pad code's carrier needs no mode).
   */
  private List<Supplier<?>> receivers(Executable member) {
    if (isStatic(member) || member instanceof Constructor) {
      return List.of(() -> null);
    }
    Class<?> type = member.getDeclaringClass();
    String name = PublicApi.name(member);
    if (memberReceivers.containsKey(name)) {
      used.add("member receiver " + name);
      return List.of(memberReceivers.get(name));
    }
    if (type.isEnum()) {
      List<Supplier<?>> constants = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        constants.add(() -> constant);
      }
      return constants;
    }
    Supplier<?> supplier = receivers.get(type);
    if (supplier == null) {
      throw new MissingSample("no receiver for " + type.getName() + " (needed by " + PublicApi.name(member)
          + "): add a factory to the sweep's receivers, or list it in noReceiver with a reason");
    }
    used.add("receiver " + type.getName());
    return List.of(supplier);
  }

  /** Valid arguments, but for {@code skip}, the position about to get null, which needs no sample. */
  private Object[] validArguments(Executable member, String name, int skip) {
    Supplier<Object[]> override = arguments.get(name);
    if (override != null) {
      used.add("arguments " + name);
      return override.get();
    }
    Class<?>[] types = member.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = i == skip ? null : sample(types[i], name);
    }
    return args;
  }

  private Object sample(Class<?> type, String member) {
    if (type.isPrimitive()) {
      return Array.get(Array.newInstance(type, 1), 0); // the type's zero
    }
    Supplier<?> supplier = samples.get(type);
    if (supplier == null) {
      throw new MissingSample("no sample for " + type.getName() + " (needed by " + member + ")");
    }
    used.add("sample " + type.getName());
    return supplier.get();
  }

  private void reportUnused(NullSweepReport report) {
    reportUnused("sample ", samples.keySet(), report);
    reportUnused("receiver ", receivers.keySet(), report);
    reportUnused("noReceiver ", noReceiver.keySet(), report);
    reportUnused("arguments ", arguments.keySet(), report);
    reportUnused("member receiver ", memberReceivers.keySet(), report);
  }

  private void reportUnused(String table, Set<?> keys, NullSweepReport report) {
    for (Object key : keys) {
      String entry = table + (key instanceof Class ? ((Class<?>) key).getName() : key);
      if (!used.contains(entry)) {
        report.problems.add("table entry never used (stale?): " + entry);
      }
    }
  }

  private static boolean isStatic(Executable member) {
    return Modifier.isStatic(member.getModifiers());
  }

  /** A member the tables cannot call: a problem to report, not a reason to stop the sweep. */
  private static final class MissingSample extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingSample(String message) {
      super(message, null, false, false);
    }
  }
}
