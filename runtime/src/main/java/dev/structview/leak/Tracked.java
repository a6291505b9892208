package dev.structview.leak;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.List;

/**
 * The registry's record of one resource: a weak reference to it, so that tracking never keeps it
 * alive, with what a report needs once it is gone. Nothing here refers to the resource's exporter
 * or allocator, which could otherwise refer back to the resource and keep both alive forever.
 */
abstract class Tracked extends WeakReference<Object> implements Tracker.Handle {
  /** The most characters of a resource's {@code toString()} a report shows. */
  private static final int MAX_TEXT = 240;

  private final Registry registry;
  private final long id;
  private final String thread;
  private final List<StackTraceElement> site;

  Tracked(Object resource, Registry registry, List<StackTraceElement> site) {
    super(resource, registry.queue());
    this.registry = registry;
    this.id = registry.nextId();
    this.thread = Thread.currentThread().getName();
    this.site = site;
  }

  /** Ends the tracking: the resource was released. Idempotent. */
  @Override
  public final void release() {
    registry.release(this);
  }

  final long id() {
    return id;
  }

  /** Returns the snapshot a report shows; {@code collected} if the resource is known to be gone. */
  final Leak snapshot(boolean collected) {
    Object resource = collected ? null : get();
    return new Leak(id, kind(), resource == null ? describeGone() : describeLive(resource), thread, site,
        resource == null);
  }

  abstract Leak.Kind kind();

  /** Describes the resource from what was kept when it was tracked. */
  abstract String describeGone();

  /** Describes a resource that is still reachable; by default its {@code toString()}. */
  String describeLive(Object resource) {
    try {
      String text = String.valueOf(resource);
      return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "...";
    } catch (RuntimeException e) {
      // A report must not fail because an exporter's toString() does (or saw a half-built object).
      return describeGone();
    }
  }

  @Override
  public final int hashCode() {
    return Long.hashCode(id);
  }

  @Override
  public final boolean equals(Object o) {
    return o == this;
  }

  /** A managed-buffer envelope; remembers its exporter's class and identity, not the exporter. */
  static final class Envelope extends Tracked {
    private final Class<?> exporterClass;
    private final int exporterIdentity;

    Envelope(Object envelope, Object exporter, Registry registry, List<StackTraceElement> site) {
      super(envelope, registry, site);
      this.exporterClass = exporter.getClass();
      this.exporterIdentity = System.identityHashCode(exporter);
    }

    @Override
    Leak.Kind kind() {
      return Leak.Kind.MANAGED_BUFFER;
    }

    @Override
    String describeGone() {
      return "ManagedBuffer[exporter=" + exporterClass.getName() + "@"
          + Integer.toHexString(exporterIdentity) + "]";
    }
  }

  /** An allocator block; described by its number, size, family and allocator's name. */
  static final class Block extends Tracked {
    private final String allocator;
    private final String family;
    private final long number;
    private final long size;

    Block(Object block, Tracker.BlockInfo info, Registry registry) {
      super(block, registry, info.site());
      this.allocator = info.allocator();
      this.family = info.family();
      this.number = info.number();
      this.size = info.size();
    }

    @Override
    Leak.Kind kind() {
      return Leak.Kind.BLOCK;
    }

    @Override
    String describeGone() {
      return "block #" + number + " (" + size + (size == 1 ? " byte" : " bytes") + ") of " + family
          + " allocator " + allocator;
    }

    /** A block's text is the same whether or not it is reachable: its own toString() lacks the allocator. */
    @Override
    String describeLive(Object resource) {
      return describeGone();
    }
  }
}
