package dev.structview.npy;

import dev.structview.buffer.Memory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** The sources a header is read from: memory (a mapping or an image), a stream, a file channel. */
final class Inputs {
  private Inputs() {}

  /** Reads memory from its start. */
  static HeaderReader.Input of(Memory memory, String source) {
    return new HeaderReader.Input() {
      private long pos;

      @Override
      public byte[] next(int n, String what) {
        byte[] b = new byte[(int) Math.min(n, remaining())];
        memory.copyTo(pos, b, 0, b.length);
        pos += b.length;
        return complete(b, n, what, source);
      }

      @Override
      public long remaining() {
        return memory.byteSize() - pos;
      }
    };
  }

  /** Reads a stream from where it is; the bytes arrive as they come, never allocated ahead. */
  static HeaderReader.Input of(InputStream in, String source) {
    return new HeaderReader.Input() {
      @Override
      public byte[] next(int n, String what) {
        try {
          return complete(in.readNBytes(n), n, what, source);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
      }

      @Override
      public long remaining() {
        return -1;
      }
    };
  }

  /** Reads a file's channel from its start. */
  static HeaderReader.Input of(FileChannel channel, long size, String source) {
    return new HeaderReader.Input() {
      private long pos;

      @Override
      public byte[] next(int n, String what) {
        ByteBuffer b = ByteBuffer.allocate((int) Math.min(n, remaining()));
        try {
          while (b.hasRemaining() && channel.read(b, pos + b.position()) >= 0) {
            // read until full or at the end
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        pos += b.position();
        byte[] out = new byte[b.position()];
        b.flip().get(out);
        return complete(out, n, what, source);
      }

      @Override
      public long remaining() {
        return size - pos;
      }
    };
  }

  /** Returns {@code b}, checked to hold all {@code n} bytes asked for: numpy's {@code _read_bytes}. */
  static byte[] complete(byte[] b, long n, String what, String source) {
    if (b.length < n) {
      throw new NpyFormatException(source, "EOF: reading " + what + ", expected " + n + " bytes got " + b.length);
    }
    return b;
  }
}
