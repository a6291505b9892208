package dev.structview.view;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferExporter;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import dev.structview.buffer.LiveExports;
import dev.structview.leak.LeakLevel;
import dev.structview.leak.Leaks;
import dev.structview.leak.Tracker;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One export of one exporter, shared by every view derived from it: CPython's managed buffer
 * ({@code _PyManagedBufferObject}).
 *
 * <p>{@link #acquire} makes exactly one {@link BufferExporter#getBuffer} call. Holders keep the
 * envelope alive with {@link Pin}s, not with the exporter: every {@link MemoryView} holds one, and
 * {@link #pin()} takes another without asking the exporter anything (the "lock without details" of
 * the PEP 3118 discussion). When the last pin closes, {@link BufferExporter#releaseBuffer} runs,
 * exactly once, on whichever thread closes it.
 *
 * <h2>Leaks</h2>
 * An envelope whose exporter overrides {@link BufferExporter#releaseBuffer} is tracked by
 * {@link Leaks} from {@link #acquire} until its release: one that is never released is in
 * {@link Leaks#live()}, and one that becomes unreachable unreleased is logged, naming its exporter
 * and, at {@code -Dstructview.leaks=traces}, where it was acquired. An exporter that keeps the
 * default {@code releaseBuffer}, which does nothing, has nothing to leak and is not tracked.
 *
 * <h2>Threads</h2>
 * Thread-safe, and safe to share: the pin count is one atomic integer. {@link #pin()} raises it by
 * compare-and-set, and never from zero, so a released envelope stays released (that throws
 * {@link IllegalStateException}); each {@link Pin} lowers it once, however many threads close that
 * pin at the same time, so it never goes negative and reaches zero exactly once. The exporter and
 * descriptor never change.
 */
public final class ManagedBuffer {
  /**
   * The pin count, as a field changed through a handle rather than an {@code AtomicInteger}: every
   * envelope escapes (its pins hold it), so the object apart was 16 bytes more for every view made
   * (W4 memoryViewOf).
   */
  private static final VarHandle PINS;

  static {
    try {
      PINS = MethodHandles.lookup().findVarHandle(ManagedBuffer.class, "pins", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * Whether an exporter class has a release to make: it overrides {@link BufferExporter#releaseBuffer},
   * whose default does nothing (CPython's exporters without {@code bf_releasebuffer}). Only those
   * envelopes can leak anything, so only they are tracked.
   */
  private static final ClassValue<Boolean> RELEASES = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      try {
        return type.getMethod("releaseBuffer", BufferInfo.class).getDeclaringClass() != BufferExporter.class;
      } catch (NoSuchMethodException e) {
        throw new AssertionError(type + " implements BufferExporter without releaseBuffer", e);
      }
    }
  };

  private final BufferExporter exporter;
  private final BufferInfo info;
  /** The open pins; changed through {@link #PINS}. */
  private volatile int pins = 1;
  private final Tracker.Handle tracking;

  private ManagedBuffer(BufferExporter exporter, BufferInfo info) {
    this.exporter = exporter;
    this.info = info;
    this.tracking = Leaks.level() != LeakLevel.OFF && RELEASES.get(exporter.getClass())
        ? Tracker.managedBuffer(this, exporter) : Tracker.Handle.UNTRACKED;
  }

  /**
   * Requests a buffer from an exporter and wraps it in a new envelope.
   *
   * <p>The returned pin is the envelope's first; closing it (and every later pin) releases the
   * export. If the exporter returns a descriptor that breaks the request ({@link BufferFlags#check}),
   * the export is released at once and the error thrown.
   *
   * @param exporter the object to export
   * @param flags the request, such as {@link BufferFlags#FULL_RO}
   * @return the first pin of the new envelope
   * @throws BufferException if the exporter refuses the request or breaks it
   * @throws IllegalArgumentException if {@code exporter} is null or {@code flags} is not a request
   */
  public static Pin acquire(BufferExporter exporter, int flags) {
    if (exporter == null) {
      throw new IllegalArgumentException("a bytes-like object is required, not null");
    }
    BufferFlags.requireRequest(flags);
    BufferInfo info = exporter.getBuffer(flags);
    if (info == null) {
      throw new BufferException("exporter " + exporter.getClass().getName() + " returned no buffer");
    }
    try {
      BufferFlags.check(flags, info);
    } catch (BufferException e) {
      exporter.releaseBuffer(info);
      throw e;
    }
    return new ManagedBuffer(exporter, info).new Pin();
  }

  /**
   * Takes another pin on this envelope, keeping the export alive without a new request.
   *
   * @throws IllegalStateException if the envelope has already been released
   */
  public Pin pin() {
    while (true) {
      int current = pins;
      if (current == 0) {
        throw new IllegalStateException("operation forbidden on released managed buffer");
      }
      if (PINS.compareAndSet(this, current, current + 1)) {
        return new Pin();
      }
    }
  }

  /** Returns the descriptor the exporter returned. */
  public BufferInfo info() {
    return info;
  }

  /** Returns the exporter this envelope will release. */
  public BufferExporter exporter() {
    return exporter;
  }

  /** Returns the number of open pins; 0 once released. */
  public int pins() {
    return pins;
  }

  /** Returns whether the export has been released. */
  public boolean isReleased() {
    return pins == 0;
  }

  private void unpin() {
    int left = (int) PINS.getAndAdd(this, -1) - 1;
    if (left == 0) {
      tracking.release();
      exporter.releaseBuffer(info);
    } else if (left < 0) {
      throw new IllegalStateException("negative pin count on a managed buffer");
    }
  }

  @Override
  public String toString() {
    return "ManagedBuffer[pins=" + pins + ", exporter=" + exporter + "]";
  }

  /** One hold on a {@link ManagedBuffer}. Closing is idempotent: only the first close counts. */
  public final class Pin implements AutoCloseable {
    // An object of its own, not a field changed through a VarHandle: a compare-and-set on this
    // pin would keep the JIT from removing it, and pin().close() would allocate 24 bytes, not 16
    // (BENCHMARKS.md, W5).
    private final AtomicBoolean closed = new AtomicBoolean();
    /**
     * The exports that the view holding this pin has lent on to consumers ({@code MemoryView}'s
     * {@code getBuffer}), made at its first: kept here, where a pin has four bytes to spare, and not
     * in the view, which a field would grow from 32 to 40 bytes.
     */
    private LiveExports lent;

    private Pin() {}

    /** Records an export of the view holding this pin. */
    synchronized void lend(BufferInfo info) {
      lentExports().add(info);
    }

    /**
     * Takes back an export of the view holding this pin.
     *
     * @throws IllegalStateException if it is not live: released already, or not the view's
     */
    synchronized void takeBack(BufferInfo info) {
      lentExports().remove(info, "this memoryview");
    }

    private LiveExports lentExports() {
      if (lent == null) {
        lent = new LiveExports();
      }
      return lent;
    }

    /** Returns the envelope this pin holds. */
    public ManagedBuffer buffer() {
      return ManagedBuffer.this;
    }

    /** Returns whether this pin has been closed. */
    public boolean isClosed() {
      return closed.get();
    }

    /** Lets go of the envelope; the last pin to go releases the export. */
    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        unpin();
      }
    }
  }
}
