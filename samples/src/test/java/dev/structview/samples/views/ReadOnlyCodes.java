package dev.structview.samples.views;

import dev.structview.annotation.BufferFormat;

/**
 * Every native code with its first Java type, getters only: a read-only view, which accepts
 * read-only memory. The format separates its items with spaces, as struct allows.
 */
@BufferFormat("@c b B ? h H i I l L q Q n N P e f d 5s 6p 0q")
public interface ReadOnlyCodes {
  byte chr();

  byte i8();

  int u8();

  boolean flag();

  short i16();

  int u16();

  int i32();

  long u32();

  long lng();

  long ulng();

  long i64();

  long u64();

  long ssize();

  long size();

  long ptr();

  float f16();

  float f32();

  double f64();

  String str();

  byte[] pstr();
}
