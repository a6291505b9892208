package example;

import dev.structview.view.MemoryView;
import dev.structview.view.RecordArray;
import dev.structview.view.Slice;
import java.util.HexFormat;

/** The README's example of a generated view, printing what its comments promise. */
public class Main {
  public static void main(String[] args) {
    byte[] bytes = HexFormat.of().parseHex("01000000feff03" + "02000000f40180");   // struct.pack("<IhB", ...) x 2

    TickView tick = TickView.wrap(bytes);
    System.out.println(tick.id());
    tick.moveTo(TickView.SIZE);
    tick.id(4_294_967_295L);
    try {
      tick.id(-1);
    } catch (IllegalArgumentException e) {
      System.out.println(e.getMessage());
    }

    RecordArray<TickView> ticks = TickView.array(bytes);
    for (TickView t : ticks.slice(Slice.of(null, null, -1L))) {
      System.out.println(t.unpack());
    }
    System.out.println(HexFormat.of().formatHex(TickView.pack(7L, (short) -1, 255)));
    try (MemoryView view = MemoryView.of(ticks)) {
      System.out.println(view.format());
    }
  }
}
