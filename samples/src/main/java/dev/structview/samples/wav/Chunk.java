package dev.structview.samples.wav;

import dev.structview.samples.cli.PyRepr;
import java.nio.charset.StandardCharsets;

/**
 * One chunk of a RIFF file, located: where its header is and how many bytes of body it has.
 *
 * @param id the four-character id, one char per byte
 * @param offset the offset of its 8-byte header in the file
 * @param size the body's size in bytes as read: the declared size, or the rest of the file for a
 *     {@code data} chunk whose size a streaming writer left unknown
 * @param sizeUnknown whether the declared size was a streaming writer's placeholder
 */
public record Chunk(String id, long offset, long size, boolean sizeUnknown) {
  /** The offset of the body, just after the header. */
  public long bodyOffset() {
    return offset + ChunkHeaderView.SIZE;
  }

  /** The id for messages: {@code 'fmt '}, or Python's bytes repr when it is not printable. */
  public String shownId() {
    return shown(id.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A four-character id for messages: quoted text, or {@code b'\x00...'} when not printable. */
  static String shown(byte[] id) {
    for (byte b : id) {
      if (b < 0x20 || b > 0x7e) {
        return PyRepr.of(id);
      }
    }
    return "'" + new String(id, StandardCharsets.ISO_8859_1) + "'";
  }
}
