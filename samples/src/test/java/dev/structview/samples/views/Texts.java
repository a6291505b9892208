package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/**
 * Strings of the widths at the edges: {@code 1s}, {@code 1p} (always empty), and a {@code 300p}
 * whose length byte saturates at 255 ({@code 0s} and {@code 0p} are {@code ZeroCounts}'s).
 */
@BufferFormat("<1s7s1p2p7p300p")
public interface Texts {
  byte[] one();
  void one(byte[] value);

  String seven();
  void seven(String value);

  byte[] empty();
  void empty(byte[] value);

  String two();
  void two(String value);

  byte[] pseven();
  void pseven(byte[] value);

  String longest();
  void longest(String value);
}
