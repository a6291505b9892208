package dev.structview.samples.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.samples.cli.Cli;
import dev.structview.samples.cli.CliRun;
import dev.structview.testing.Zips;
import dev.structview.testing.Zips.Item;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code structview npz} lists every member, whatever it holds: a member it does not read (a dtype
 * with no buffer format, an itemsize of 0, a header cut short, an encrypted entry) is a row that
 * says why, and the listing succeeds; a member whose compressed data is corrupt is a row too, and
 * fails the command after the listing. The members are {@code .npy} images written here as
 * {@code numpy.save} writes them (NpyCommandTest checks NumPy's own archives where it is installed).
 */
class NpzCommandTest {
  @TempDir
  Path dir;



  @Test
  void listsEveryMemberAndSaysWhyOneIsNotRead() throws IOException {
    Path file = Zips.file(dir, "mixed.npz", Zips.write(null,
        stored("a", npy("<i8", "(3,)", 24)),
        stored("t", npy("<M8[D]", "(1,)", 8)),
        stored("o", npy("|O", "(1,)", 8)),
        stored("z", npy("[('x', '<i4', (0,))]", "(3,)", 0)),
        stored("cut", "\u0093NUMPY\u0001".getBytes(StandardCharsets.ISO_8859_1)),
        new Item("d.npy", npy("<u2", "(2, 2)", 8), ZipEntry.DEFLATED)));
    CliRun run = CliRun.of("npz", file.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    assertTrue(run.out().startsWith(file + ": NumPy .npz archive, 6 arrays (4 not read)\n\n"
        + "  name  dtype       shape   order  method    size  compressed  why not read\n"), run.out());
    assertEquals("  a     '<i8'       (3,)    C      stored     152         152", run.row("a"));
    assertTrue(run.row("d").matches("  d     '<u2'       \\(2, 2\\)  C      deflated   136 +\\d+"), run.row("d"));
    assertTrue(run.row("t").matches("  t +\\(not read\\) +- +- +stored +136 +136  dtype <M8\\[D] \\(datetime64\\) has no"
        + " buffer format: .*"), run.row("t"));
    assertTrue(run.row("o").matches("  o +\\(not read\\) +- +- +stored +136 +136  dtype \\|O holds Python objects.*"),
        run.row("o"));
    assertTrue(run.row("z").matches("  z +\\(not read\\) .* has itemsize 0.*"), run.row("z"));
    assertTrue(run.row("cut").matches("  cut +\\(not read\\) .*  EOF: reading magic string.*"), run.row("cut"));
  }

  @Test
  void anArchiveOfMembersNotReadIsStillListed() throws IOException {
    Path file = Zips.file(dir, "dates.npz", Zips.write(null, stored("t", npy("<M8[s]", "()", 8))));
    CliRun run = CliRun.of("npz", file.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith(file + ": NumPy .npz archive, 1 array (1 not read)\n"), run.out());
  }

  @Test
  void aCorruptMemberIsListedThenFailsTheCommand() throws IOException {
    byte[] zip = Zips.write(null, new Item("bad.npy", npy("<i8", "(3,)", 24), ZipEntry.DEFLATED),
        stored("good", npy("<i2", "(1,)", 2)));
    int data = 30 + "bad.npy".length(); // the first entry's local header, its name, no extra field
    zip[data] = (byte) 0xff; // a deflate block of type 3, which does not exist
    Path file = Zips.file(dir, "corrupt.npz", zip);
    CliRun run = CliRun.of("npz", file.toString());
    assertEquals(Cli.FAILURE, run.status(), run.err());
    assertTrue(run.row("bad").matches("  bad +\\(not read\\) +- +- +deflated .*"), run.out());
    assertTrue(run.row("good").matches("  good +'<i2' +\\(1,\\) +C +stored .*"), run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("structview: " + file + ": "), run.err());
  }

  @Test
  void anArchiveWhoseMembersAllReadPrintsNoWhyColumn() throws IOException {
    Path file = Zips.file(dir, "plain.npz", Zips.write(null, stored("a", npy("<i8", "(3,)", 24))));
    CliRun run = CliRun.of("npz", file.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(List.of(file + ": NumPy .npz archive, 1 array", "",
        "  name  dtype  shape  order  method  size  compressed",
        "  a     '<i8'  (3,)   C      stored   152         152"), run.out().lines().toList());
  }

  private static Item stored(String key, byte[] npy) {
    return new Item(key + ".npy", npy, ZipEntry.STORED);
  }

  /** A version 1.0 {@code .npy} image as numpy.save writes it: the header padded to 64 bytes, then zeros. */
  private static byte[] npy(String descr, String shape, int dataBytes) {
    String quoted = descr.startsWith("[") ? descr : "'" + descr + "'";
    StringBuilder header = new StringBuilder("{'descr': " + quoted + ", 'fortran_order': False, 'shape': " + shape
        + ", }");
    while ((10 + header.length() + 1) % 64 != 0) {
      header.append(' ');
    }
    header.append('\n');
    ByteBuffer b = ByteBuffer.allocate(10 + header.length() + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0)
        .putShort((short) header.length()).put(header.toString().getBytes(StandardCharsets.US_ASCII));
    return b.array();
  }
}
