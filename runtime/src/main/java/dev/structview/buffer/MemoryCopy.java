package dev.structview.buffer;

/**
 * Copies between memories of any size with {@code memmove}'s rule, through a bounded buffer: what
 * {@link Memory#copy} and {@link Memory#mayOverlap} do, on ranges already checked.
 *
 * <p>Copying through a buffer of a few pages is safe whenever the direction is known: when the
 * target lies before the source in their storage, chunks copied first to last never overwrite a
 * source byte not yet read; when after, last to first. Where the storage is not known (memory over
 * direct buffers) the direction is not either, so such a copy reads the whole source first.
 */
final class MemoryCopy {
  /** Bytes per chunk: large enough that a copy costs its bulk copies, small enough to allocate anywhere. */
  static final int CHUNK = 64 * 1024;

  private MemoryCopy() {}

  static void copy(Memory source, long from, Memory target, long to, long length) {
    if (length == 0) {
      return;
    }
    boolean unknown = source.storage() == null || target.storage() == null;
    if (unknown && length > CHUNK) {
      whole(source, from, target, to, length);
    } else if (!unknown && source.storage() == target.storage()
        && target.storageIndex(to) > source.storageIndex(from)) {
      backward(source, from, target, to, length);
    } else {
      forward(source, from, target, to, length);
    }
  }

  static boolean mayOverlap(Memory a, long from, long length, Memory b, long otherFrom, long otherLength) {
    if (length == 0 || otherLength == 0) {
      return false;
    }
    if (a.storage() == null || b.storage() == null) {
      return true;
    }
    if (a.storage() != b.storage()) {
      return false;
    }
    long start = a.storageIndex(from);
    long otherStart = b.storageIndex(otherFrom);
    return start < otherStart + otherLength && otherStart < start + length;
  }

  private static void forward(Memory source, long from, Memory target, long to, long length) {
    byte[] chunk = new byte[(int) Math.min(length, CHUNK)];
    for (long done = 0; done < length; done += chunk.length) {
      int n = (int) Math.min(chunk.length, length - done);
      source.copyOut(from + done, chunk, 0, n);
      target.copyIn(chunk, 0, to + done, n);
    }
  }

  private static void backward(Memory source, long from, Memory target, long to, long length) {
    byte[] chunk = new byte[(int) Math.min(length, CHUNK)];
    for (long left = length; left > 0; left -= chunk.length) {
      int n = (int) Math.min(chunk.length, left);
      source.copyOut(from + left - n, chunk, 0, n);
      target.copyIn(chunk, 0, to + left - n, n);
    }
  }

  /** Reads the whole source, then writes it: memory over direct buffers, at most a buffer's size. */
  private static void whole(Memory source, long from, Memory target, long to, long length) {
    byte[] all;
    try {
      all = new byte[(int) length]; // fits: memory of unknown storage is one buffer
    } catch (OutOfMemoryError e) {
      throw new IllegalArgumentException("cannot allocate " + length + " bytes to copy between memories that may"
          + " share them: " + e.getMessage());
    }
    source.copyOut(from, all, 0, all.length);
    target.copyIn(all, 0, to, all.length);
  }
}
