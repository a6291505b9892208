package dev.structview.leak;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The live set: every tracked resource from acquisition to release, and the resources found
 * unreachable without release.
 *
 * <p>Removal from the live set decides, exactly once, how a resource ended: {@link #release} and
 * {@link #drain} both remove, and only the one that removed it acts. The reference queue is polled
 * on every acquisition and every query (as Netty polls on each new buffer), so the runtime starts
 * no thread of its own; a resource collected while nothing is acquired or asked is reported at the
 * next acquisition or query.
 */
final class Registry {
  /** How many collected leaks are kept for {@link Leaks#collected()}; the count is kept for all. */
  static final int HISTORY = 1000;

  /** The registry every envelope and block of this class loader joins. */
  static final Registry GLOBAL = new Registry(LeakLog::collected);

  private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
  private final Set<Tracked> live = ConcurrentHashMap.newKeySet();
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLong collectedCount = new AtomicLong();
  /** The last {@link #HISTORY} collected leaks found, in the order found; guarded by itself. */
  private final ArrayDeque<Leak> collected = new ArrayDeque<>();
  private final Consumer<Leak> onCollected;

  /** A registry that hands each leak the collector finds to {@code onCollected}, after counting it. */
  Registry(Consumer<Leak> onCollected) {
    this.onCollected = onCollected;
  }

  ReferenceQueue<Object> queue() {
    return queue;
  }

  long nextId() {
    return sequence.incrementAndGet();
  }

  long mark() {
    return sequence.get();
  }

  /** Adds a new record to the live set and reports whatever the collector found meanwhile. */
  <T extends Tracked> T add(T tracked) {
    live.add(tracked);
    drain();
    return tracked;
  }

  void release(Tracked tracked) {
    if (live.remove(tracked)) {
      tracked.clear(); // a released resource is nobody's business once it becomes unreachable
    }
  }

  /** Moves every record whose resource the collector found unreachable out of the live set. */
  void drain() {
    for (Reference<?> ref = queue.poll(); ref != null; ref = queue.poll()) {
      Tracked tracked = (Tracked) ref;
      if (live.remove(tracked)) {
        found(tracked.snapshot(true));
      }
    }
  }

  private void found(Leak leak) {
    synchronized (collected) {
      if (collected.size() == HISTORY) {
        collected.removeFirst();
      }
      collected.addLast(leak);
    }
    collectedCount.incrementAndGet();
    onCollected.accept(leak);
  }

  /** Returns snapshots of the live set with ids above {@code mark}, in acquisition order. */
  List<Leak> live(long mark) {
    drain();
    List<Leak> out = new ArrayList<>();
    for (Tracked tracked : live) {
      if (tracked.id() > mark) {
        out.add(tracked.snapshot(false));
      }
    }
    out.sort(Comparator.comparingLong(Leak::id));
    return out;
  }

  /** Returns the kept collected leaks with ids above {@code mark}, in acquisition order. */
  List<Leak> collected(long mark) {
    drain();
    List<Leak> out = new ArrayList<>();
    synchronized (collected) {
      for (Leak leak : collected) {
        if (leak.id() > mark) {
          out.add(leak);
        }
      }
    }
    out.sort(Comparator.comparingLong(Leak::id));
    return out;
  }

  long collectedCount() {
    drain();
    return collectedCount.get();
  }
}
