package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/** PEP 3118's {@code ^}: native sizes and order ({@code l}, {@code N}, {@code P} are 8 bytes) without alignment. */
@BufferFormat("^bqhlNP?e")
public interface Unaligned {
  byte tag();
  void tag(byte value);

  long big();
  void big(long value);

  short small();
  void small(short value);

  long lng();
  void lng(long value);

  long size();
  void size(long value);

  long ptr();
  void ptr(long value);

  boolean flag();
  void flag(boolean value);

  float half();
  void half(float value);
}
