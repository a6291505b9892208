package dev.structview.samples.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.structview.samples.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code structview npy} and {@code structview npz} through the command line, against NumPy run in
 * the test ({@code python3.11}; skipped where it is not installed): NumPy writes the files and
 * prints what the commands must show, {@code repr(a.dtype)}, {@code repr(a[:3])}, the shape, the
 * order and the members' descrs; malformed files give one line and status 2.
 */
class NpyCommandTest {
  private static final String MISSING = "python3.11 with NumPy is not installed: the commands are checked against it";
  /** Writes the files into argv[1] and prints, per file, tab-separated facts NumPy reports. */
  private static final String SCRIPT = """
      import os, sys, numpy as np, numpy.lib.format as npf
      d = sys.argv[1]
      arrays = {
          'ticks': np.array([(1, -3, 0), (2, 5, 1), (70000, -32768, 255), (4, 0, 7)],
                            dtype=[('id', '<u4'), ('delta', '<i2'), ('flags', 'u1')]),
          'floats': np.array([[1.5, np.nan], [-1e-7, 2.0], [3.0, 4.0], [5.0, 6.0]], dtype='>f4'),
          'fortran': np.asfortranarray(np.arange(24, dtype='<i2').reshape(4, 6)),
          'words': np.array(["it's", 'b', 'é'], dtype='<U4'),
          'scalar': np.array(2.5),
          'wide': np.arange(5000, dtype='<i8').reshape(50, 100),
      }
      for name, a in arrays.items():
          np.save(os.path.join(d, name + '.npy'), a)
          shape = repr(a.shape)
          rows = repr(a[:3]) if a.ndim else repr(a)
          order = 'F' if a.flags.f_contiguous and not a.flags.c_contiguous else 'C'
          print('\\t'.join([name, repr(a.dtype), shape, order, repr(npf.dtype_to_descr(a.dtype)), rows.encode('unicode_escape').decode()]))
      np.savez(os.path.join(d, 'stored.npz'), **arrays)
      np.savez_compressed(os.path.join(d, 'deflated.npz'), **arrays)
      """;

  @TempDir
  Path dir;



  @Test
  void npyShowsWhatNumPyPrintsAndNpzListsTheMembers() throws IOException, InterruptedException {
    List<String> lines = numpy();
    for (String line : lines) {
      String[] f = line.split("\t");
      Path file = dir.resolve(f[0] + ".npy");
      CliRun run = CliRun.of("npy", "--rows", "3", file.toString());
      assertEquals(0, run.status(), run.err());
      String out = run.out().replace(System.lineSeparator(), "\n");
      assertTrue(out.startsWith(file + ": NumPy .npy file\n  version  1.0\n  dtype    " + f[1] + "\n"), out);
      assertTrue(out.contains("\n  shape    " + f[2] + "\n"), out);
      assertTrue(out.contains("\n  order    " + (f[3].equals("F") ? "Fortran" : "C")), out);
      String repr = unescape(f[5]);
      assertTrue(out.endsWith(":\n" + repr + "\n"), "NumPy prints\n" + repr + "\nthe command printed\n" + out);
    }
    for (String archive : List.of("stored", "deflated")) {
      CliRun run = CliRun.of("npz", dir.resolve(archive + ".npz").toString());
      assertEquals(0, run.status(), run.err());
      assertTrue(run.out().contains(": NumPy .npz archive, " + lines.size() + " arrays"), run.out());
      for (String line : lines) {
        String[] f = line.split("\t");
        String row = run.out().lines().filter(l -> l.startsWith("  " + f[0] + " ")).findFirst().orElseThrow();
        assertTrue(row.contains(" " + f[4] + " "), row);
        assertTrue(row.contains(" " + f[2] + " "), row);
        assertTrue(row.contains(archive), row);
      }
    }
  }

  @Test
  void malformedFilesGiveOneLine() throws IOException {
    Path bad = Files.write(dir.resolve("bad.npy"), "\u0093NUMPY\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
    CliRun.of("npy", bad.toString()).failedStartingWith(bad + ": EOF: reading array header length");
    CliRun.of("npz", bad.toString()).failedStartingWith(bad + ": ");
    CliRun.of("npy", "--rows", "x", bad.toString()).failedStartingWith("npy: --rows must be a whole number");
  }

  @Test
  void npzListsEveryMemberOfNumPysArchiveThoseItDoesNotReadWithWhy() throws IOException, InterruptedException {
    python("""
        import os, sys, numpy as np
        np.savez(os.path.join(sys.argv[1], 'mixed.npz'), a=np.arange(3),
                 t=np.array(['2020-01-01'], 'M8[D]'), o=np.array([None], object))
        """);
    Path file = dir.resolve("mixed.npz");
    CliRun run = CliRun.of("npz", file.toString());
    assertEquals(0, run.status(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(file + ": NumPy .npz archive, 3 arrays (2 not read)", lines.get(0));
    assertTrue(lines.get(3).matches("  a +'<i8' +\\(3,\\) +C +stored .*"), lines.get(3));
    assertTrue(lines.get(4).matches("  t +\\(not read\\) .* dtype <M8\\[D] \\(datetime64\\) has no buffer format.*"),
        lines.get(4));
    assertTrue(lines.get(5).matches("  o +\\(not read\\) .* dtype \\|O holds Python objects.*"), lines.get(5));
  }

  private List<String> numpy() throws IOException, InterruptedException {
    return python(SCRIPT);
  }

  /** Runs {@code script} with the test's directory as argv[1]; skips the test where NumPy is not installed. */
  private List<String> python(String script) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder("python3.11", "-c", script, dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      assumeTrue(false, MISSING);
      throw e;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assumeTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, MISSING);
    return out.lines().toList();
  }

  /** Undoes Python's {@code unicode_escape}: the repr's newlines and non-ASCII characters. */
  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char k = s.charAt(++i);
      switch (k) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case '\\' -> out.append('\\');
        case 'x' -> { out.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16)); i += 2; }
        case 'u' -> { out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; }
        default -> out.append('\\').append(k);
      }
    }
    return out.toString();
  }
}
