package dev.structview.zip.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.structview.testing.Zips;
import org.junit.jupiter.api.Test;

/** The code page 437 that names without flag bit 11 fall back to is the JDK's IBM437, byte for byte. */
class ZipTextTest {
  @Test
  void cp437TableIsTheJdksIbm437() {
    byte[] all = new byte[256];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) i;
    }
    assertEquals(new String(all, Zips.CP437), ZipText.cp437(all));
  }
}
