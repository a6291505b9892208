package dev.structview.samples.wav;

import dev.structview.annotation.BufferFormat;

/** The 8 bytes before every RIFF chunk's body: its id and the body's size (a pad byte follows odd bodies). */
@BufferFormat("<4s:id:I:size:")
public interface ChunkHeader {
  /** The four-character id: {@code "fmt "}, {@code "data"}, {@code "LIST"}, ... */
  byte[] id();

  /** The size of the body in bytes, without the pad byte. */
  long size();
}
