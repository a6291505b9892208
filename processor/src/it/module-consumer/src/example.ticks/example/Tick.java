package example;

import dev.structview.annotation.BufferFormat;

@BufferFormat("<IhB")
public interface Tick {
  long id();

  short delta();

  int flags();

  void id(long id);
}
