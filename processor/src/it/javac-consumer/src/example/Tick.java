package example;

import dev.structview.annotation.BufferFormat;

@BufferFormat("<IhB")
public interface Tick {
  long id();          // 'I'  uint32, little-endian, widened to long
  short delta();      // 'h'  int16
  int flags();        // 'B'  uint8, widened to int
  void id(long v);    // setters are optional; a view without setters is read-only
}
