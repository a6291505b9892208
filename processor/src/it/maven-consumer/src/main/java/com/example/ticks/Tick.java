package com.example.ticks;

import dev.structview.annotation.BufferFormat;

/** A market tick as CPython's {@code struct.pack("<IhB6s3H", ...)} writes it; structview generates TickView. */
@BufferFormat("<IhB6s3H")
public interface Tick {
  long id();            // 'I'   uint32, as its unsigned value

  short delta();        // 'h'   int16

  int flags();          // 'B'   uint8, as its unsigned value

  String symbol();      // '6s'  up to the first NUL, ISO-8859-1

  int[] levels();       // '3H'  three uint16s: the whole array...

  int levels(int i);    //       ...or one of them

  void id(long v);

  void delta(short v);

  void flags(int v);

  void symbol(String v);

  void levels(int i, int v);
}
