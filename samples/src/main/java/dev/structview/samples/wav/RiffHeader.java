package dev.structview.samples.wav;

import dev.structview.annotation.BufferFormat;

/** The 12 bytes that open a WAV file: {@code "RIFF"}, the size of the rest, {@code "WAVE"}. */
@BufferFormat("<4s:id:I:size:4s:form:")
public interface RiffHeader {
  /** The chunk id, {@code "RIFF"} in a WAV file (big-endian {@code "RIFX"} and {@code "RF64"} are not read). */
  byte[] id();

  /** The number of bytes after the first 8: the form type and every chunk. */
  long size();

  /** The form type, {@code "WAVE"}. */
  byte[] form();
}
