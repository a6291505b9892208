package example;

import dev.structview.view.RecordArray;
import java.util.HexFormat;

/** Reads two records CPython's struct.pack("<IhB", ...) wrote, from a named module. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    byte[] bytes = HexFormat.of().parseHex("01000000feff03" + "02000000f40180");
    try (RecordArray<TickView> ticks = TickView.array(bytes)) {
      for (TickView tick : ticks) {
        System.out.println(tick.id() + " " + tick.delta() + " " + tick.flags());
      }
    }
    System.out.println(HexFormat.of().formatHex(TickView.pack(7L, (short) -1, 255)));
    System.out.println(Main.class.getModule().getName() + " uses " + RecordArray.class.getModule().getName());
  }
}
