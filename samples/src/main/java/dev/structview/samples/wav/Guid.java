package dev.structview.samples.wav;

import dev.structview.annotation.BufferFormat;

/** A Windows GUID as stored in a file: three little-endian integers, then eight bytes. */
@BufferFormat("<I:data1:H:data2:H:data3:8s:data4:")
public interface Guid {
  /** The first 4 bytes, little-endian. */
  long data1();

  /** The next 2 bytes, little-endian. */
  int data2();

  /** The next 2 bytes, little-endian. */
  int data3();

  /** The last 8 bytes, in order. */
  byte[] data4();

  /** The usual text form: {@code 00000001-0000-0010-8000-00aa00389b71}. */
  default String text() {
    byte[] tail = data4();
    StringBuilder text = new StringBuilder(String.format("%08x-%04x-%04x-", data1(), data2(), data3()));
    for (int i = 0; i < tail.length; i++) {
      text.append(i == 2 ? "-" : "").append(String.format("%02x", tail[i] & 0xff));
    }
    return text.toString();
  }
}
