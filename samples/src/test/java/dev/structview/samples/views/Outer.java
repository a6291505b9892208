package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/** Holds a nested annotated interface, whose generated class is named {@code Outer_RecView}. */
public final class Outer {
  private Outer() {}

  /** A big-endian record declared inside a class. */
  @BufferFormat(">hB?")
  public interface Rec {
    short a();
    void a(short value);

    int b();
    void b(int value);

    boolean c();
    void c(boolean value);
  }
}
