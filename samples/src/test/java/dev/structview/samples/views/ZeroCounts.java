package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/**
 * Zero-count items: {@code 0h} binds to nothing, while {@code 0s} and {@code 0p} hold one empty
 * string each, as struct packs and unpacks them, and bind like any string.
 */
@BufferFormat("<0sB0p2s0hH")
public interface ZeroCounts {
  byte[] none();
  void none(byte[] value);

  int flags();
  void flags(int value);

  String nothing();
  void nothing(String value);

  byte[] code();
  void code(byte[] value);

  int port();
  void port(int value);
}
