package dev.structview.buffer;

import dev.structview.internal.Require;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The descriptors an exporter has handed out and not yet taken back: what an exporter that counts
 * its exports (to refuse a resize, or to close its memory after the last) keeps instead of a
 * counter, so that a descriptor released twice is refused, not counted against another consumer's
 * export.
 *
 * <p>Why not a counter: CPython's {@code PyBuffer_Release} clears the {@code Py_buffer}'s
 * {@code obj}, so a second release of one buffer does nothing there. A {@link BufferInfo} is
 * immutable, so the exporter remembers which of its descriptors are live, by identity. With a
 * counter, a consumer that released one descriptor twice ended another's export: a
 * {@link ByteArray} then resized under a live view (whose writes were lost), and a mapping was
 * unmapped under a live descriptor.
 *
 * <p>Not thread-safe: an exporter calls it under its own lock. One export at a time allocates
 * nothing; a set is made when two are live at once.
 */
public final class LiveExports {
  /** The one live export, when there is one and no others: most exporters lend one at a time. */
  private BufferInfo only;
  /** Every live export, once two have been live at once; then {@link #only} is unused. */
  private Set<BufferInfo> several;

  /** Creates an empty record of exports. */
  public LiveExports() {}

  /**
   * Records a descriptor just handed out.
   *
   * @throws IllegalArgumentException if {@code info} is null
   */
  public void add(BufferInfo info) {
    Require.nonNull(info, "info");
    if (several == null && only == null) {
      only = info;
      return;
    }
    if (several == null) {
      several = Collections.newSetFromMap(new IdentityHashMap<>(4));
      several.add(only);
      only = null;
    }
    several.add(info);
  }

  /**
   * Takes back a descriptor, refusing one that is not live.
   *
   * @param exporter what exported it, for the message, such as {@code "this bytearray"}
   * @throws IllegalArgumentException if {@code info} or {@code exporter} is null
   * @throws IllegalStateException if {@code info} is not a live export: released already, or never
   *     handed out by this exporter
   */
  public void remove(BufferInfo info, String exporter) {
    Require.nonNull(info, "info");
    Require.nonNull(exporter, "exporter");
    if (several != null ? !several.remove(info) : only != info) {
      throw new IllegalStateException("releaseBuffer of a buffer that is not a live export of " + exporter
          + ": released already, or never exported by it");
    }
    if (several == null) {
      only = null;
    }
  }

  /** Returns the number of live exports. */
  public int count() {
    return several != null ? several.size() : only != null ? 1 : 0;
  }
}
