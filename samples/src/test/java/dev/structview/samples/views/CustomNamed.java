package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/**
 * A generated class named by {@code name()}, and members the processor leaves alone: a default
 * method, a static method and {@code toString}.
 */
@BufferFormat(value = "=iH", name = "CustomRecord")
public interface CustomNamed {
  int a();
  void a(int value);

  char b();
  void b(char value);

  /** A computed property: not a field. */
  default long sum() {
    return (long) a() + b();
  }

  /** Not a field either. */
  static int fields() {
    return 2;
  }

  @Override
  String toString();
}
