package dev.structview.view;

import dev.structview.buffer.BufferException;
import dev.structview.buffer.BufferFlags;
import dev.structview.buffer.BufferInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * One thread of {@link ManagedBufferStressTest}: a seeded random sequence of derive, export, pin,
 * read and release operations on views it shares with the other threads through the round's slots.
 * Every exception is checked against the documented ones; anything else is recorded as a failure.
 */
final class StressWorker {
  private static final Pattern RELEASED =
      Pattern.compile("operation forbidden on released (memoryview object|managed buffer)");
  private static final Pattern EXPORTED = Pattern.compile("memoryview has \\d+ exported buffers?");

  /** An export this thread made and must end: the view and the descriptor it returned. */
  record Export(MemoryView view, BufferInfo info) {}

  private final StressRound round;
  private final Random random;
  final List<Export> exports = new ArrayList<>();
  final List<ManagedBuffer.Pin> pins = new ArrayList<>();

  StressWorker(StressRound round, long seed) {
    this.round = round;
    this.random = new Random(seed);
  }

  /** Runs {@code operations} random operations; what it still holds is left for the round to check. */
  void run(int operations) {
    for (int i = 0; i < operations; i++) {
      MemoryView view = round.slots.get(random.nextInt(round.slots.length()));
      try {
        step(view);
      } catch (IllegalStateException e) {
        expect(e, RELEASED.matcher(String.valueOf(e.getMessage())).matches());
      } catch (BufferException e) {
        expect(e, EXPORTED.matcher(String.valueOf(e.getMessage())).matches());
      } catch (RuntimeException e) {
        round.unexpected.add(e);
      }
      round.checkCounts();
    }
  }

  private void step(MemoryView view) {
    switch (random.nextInt(12)) {
      case 0:
      case 1:
      case 2:
        put(derive(view));
        break;
      case 3:
        exports.add(new Export(view, view.getBuffer(random.nextBoolean() ? BufferFlags.FULL_RO : BufferFlags.SIMPLE)));
        break;
      case 4:
        endExport();
        break;
      case 5:
        ManagedBuffer.Pin pin = view.managedBuffer().pin();
        round.checkHeld("a new pin");
        pins.add(pin);
        break;
      case 6:
        closePin();
        break;
      case 7:
        view.toBytes(); // use: either works or says the view was released
        break;
      case 8:
        sharePin(view);
        break;
      case 9:
        closeSharedPin();
        break;
      default:
        view.release(); // races with every other thread's use and release of the same view
        break;
    }
  }

  /**
   * Lets go of everything at once with the other threads: ends this thread's exports and closes its
   * pins, and waits until every thread has; then, all starting at the same moment, closes every
   * shared pin and every race pin in the same order as the others, meeting again at the barrier
   * every few pins so that they stay in step (only one close of each pin may count), and releases every view of the round in its own random order, so that each view's
   * release and the envelope's last release race between all threads. Now and then it first tries
   * to derive from the view: that must fail once the view is released, and a view it does get must
   * keep the export alive.
   */
  void letGo(List<MemoryView> views, List<ManagedBuffer.Pin> racePins, SpinBarrier together) {
    exports.forEach(e -> e.view().releaseBuffer(e.info()));
    exports.clear();
    pins.forEach(ManagedBuffer.Pin::close);
    pins.clear();
    together.await();
    for (int i = 0; i < round.sharedPins.length(); i++) {
      closeRacing(round.sharedPins.get(i));
    }
    for (int i = 0; i < racePins.size(); i++) {
      if (i % StressRound.RACE_BATCH == 0) {
        together.await();
      }
      closeRacing(racePins.get(i));
    }
    List<MemoryView> order = new ArrayList<>(views);
    Collections.shuffle(order, random);
    for (MemoryView view : order) {
      if (random.nextInt(4) == 0) {
        tryDeriveAndRelease(view);
      }
      try {
        view.release(); // no exports are left, so this never refuses
      } catch (RuntimeException e) {
        round.unexpected.add(e);
      }
      round.checkCounts();
    }
  }

  private void closeRacing(ManagedBuffer.Pin pin) {
    if (pin != null) {
      try {
        pin.close();
      } catch (RuntimeException e) {
        round.unexpected.add(e);
      }
      round.checkCounts();
    }
  }

  private void tryDeriveAndRelease(MemoryView view) {
    try {
      MemoryView derived = MemoryView.of(view);
      round.checkHeld("a view derived while letting go");
      derived.release();
    } catch (IllegalStateException e) {
      expect(e, RELEASED.matcher(String.valueOf(e.getMessage())).matches());
    }
  }

  /** A new view sharing the envelope; while this thread holds it the exporter must not be released. */
  private MemoryView derive(MemoryView view) {
    MemoryView derived;
    switch (random.nextInt(4)) {
      case 0:
        derived = view.slice(Slice.of((long) random.nextInt(3), null, null));
        break;
      case 1:
        derived = MemoryView.of(view);
        break;
      case 2:
        derived = view.toReadOnly();
        break;
      default:
        derived = view.cast(random.nextBoolean() ? "B" : "c");
        break;
    }
    round.all.add(derived);
    round.checkHeld("a new view");
    return derived;
  }

  private void put(MemoryView derived) {
    round.slots.set(random.nextInt(round.slots.length()), derived);
  }

  /** Ends one of this thread's exports: it must always succeed, whatever other threads did. */
  private void endExport() {
    if (!exports.isEmpty()) {
      Export export = exports.remove(random.nextInt(exports.size()));
      export.view().releaseBuffer(export.info());
    }
  }

  /** Closes one of this thread's pins, sometimes twice (only the first close counts). */
  private void closePin() {
    if (!pins.isEmpty()) {
      ManagedBuffer.Pin pin = pins.remove(random.nextInt(pins.size()));
      pin.close();
      if (random.nextBoolean()) {
        pin.close();
      }
    }
  }

  /** Puts a new pin where every thread can close it; closes the pin it displaces. */
  private void sharePin(MemoryView view) {
    ManagedBuffer.Pin pin = view.managedBuffer().pin();
    round.checkHeld("a new shared pin");
    ManagedBuffer.Pin displaced = round.sharedPins.getAndSet(random.nextInt(round.sharedPins.length()), pin);
    if (displaced != null) {
      displaced.close(); // may race with other threads closing the same pin
    }
  }

  /** Closes a shared pin, leaving it in place, so that several threads close the same pin at once. */
  private void closeSharedPin() {
    ManagedBuffer.Pin pin = round.sharedPins.get(random.nextInt(round.sharedPins.length()));
    if (pin != null) {
      pin.close();
    }
  }

  private void expect(RuntimeException e, boolean documented) {
    if (!documented) {
      round.unexpected.add(e);
    }
  }
}
