package dev.structview.npy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code python3.11} with NumPy, run as the reference for files Java wrote: for each file it prints
 * what {@code numpy.load} makes of it and whether {@code numpy.lib.format.write_array} would write
 * the same header for that array. Tests skip with {@link #MISSING} where it is not installed.
 */
final class NumPy {
  static final String MISSING = "python3.11 with NumPy is not installed: the files Java writes are checked by NumPy";
  private static final String PYTHON = "python3.11";
  /** One line per path on standard input: descr, shape, fortran_order, C-order bytes, same header. */
  private static final String SCRIPT = """
      import io, sys, warnings
      import numpy as np, numpy.lib.format as npf
      warnings.simplefilter('ignore')
      for path in sys.stdin.read().split('\\n'):
          if not path:
              continue
          a = np.load(path, max_header_size=1 << 20)
          with open(path, 'rb') as f:
              raw = f.read()
          ours = io.BytesIO()
          npf.write_array(ours, a)
          n = len(ours.getvalue()) - a.nbytes
          fortran = a.flags.f_contiguous and not a.flags.c_contiguous
          descr = repr(npf.dtype_to_descr(a.dtype))
          print('\\t'.join([descr, repr(a.shape), str(fortran), a.tobytes().hex() or '-',
                            str(raw[:n] == ours.getvalue()[:n] and len(raw) == len(ours.getvalue()))]))
      """;

  private static volatile Boolean available;

  private NumPy() {}

  /** Returns whether python3.11 imports NumPy here. */
  static boolean available() {
    if (available == null) {
      try {
        Process p = new ProcessBuilder(PYTHON, "-c", "import numpy").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        available = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
      } catch (IOException e) {
        available = false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        available = false;
      }
    }
    return available;
  }

  /** Loads every file with NumPy; returns one tab-separated line per file, in order. */
  static List<String> load(List<Path> files) throws IOException, InterruptedException {
    Path errors = Files.createTempFile("numpy", ".err");
    try {
      Process p = new ProcessBuilder(PYTHON, "-c", SCRIPT).redirectError(errors.toFile()).start();
      StringBuilder input = new StringBuilder();
      files.forEach(f -> input.append(f.toAbsolutePath()).append('\n'));
      try (OutputStream in = p.getOutputStream()) {
        in.write(input.toString().getBytes(StandardCharsets.UTF_8));
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new AssertionError("NumPy failed:\n" + Files.readString(errors));
      }
      return List.of(out.split("\n"));
    } finally {
      Files.deleteIfExists(errors);
    }
  }
}
