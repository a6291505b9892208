package dev.structview.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.view.MemoryView;
import dev.structview.zip.ZipEntryInfo;
import dev.structview.zip.ZipFormatException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Replays every archive of {@code src/test/python/make_npz_fixtures.py} through {@link Npz},
 * against what NumPy reported for the same file: {@code numpy.load(f).files} for the names, and for
 * every key {@code memoryview(numpy.load(f)[key])} (format, shape, strides, bytes, values), the
 * member {@code zipfile} reads for it, or the error NumPy raises; for an archive NumPy cannot open,
 * the refusal. A refusal must come at once, and without allocating the size a member declares.
 */
class NpzFixturesTest {
  /** How long one refusal may take: every malformed archive here is refused at once. */
  private static final long REFUSAL_NANOS = 2_000_000_000L;
  /**
   * How much heap one refusal may allocate: far less than the sizes hostile members declare
   * (2 000 000 000 bytes by an unknown method, 256 MiB by data that does not inflate), so that a
   * reader that allocates the declared size first is caught whatever the test JVM's heap.
   */
  private static final long REFUSAL_BYTES = 64L << 20;

  @TestFactory
  Stream<DynamicTest> everyArchiveAsNumPyLoadsIt() throws IOException {
    Path dir = NpyFixturesTest.fixtures().resolveSibling("npz");
    @SuppressWarnings("unchecked")
    Map<String, Object> truth = (Map<String, Object>) Json.parse(Files.readString(dir.resolve("truth.json"),
        StandardCharsets.UTF_8));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> archives = (List<Map<String, Object>>) truth.get("archives");
    assertTrue(archives.size() >= 15, "the generator wrote " + archives.size() + " archives");
    return archives.stream().map(a -> DynamicTest.dynamicTest((String) a.get("name"),
        () -> replay(dir.resolve((String) a.get("file")), a)));
  }

  @SuppressWarnings("unchecked")
  private static void replay(Path file, Map<String, Object> a) {
    if (a.containsKey("open_error")) {
      ZipFormatException x = refused(ZipFormatException.class, () -> Npz.open(file).close());
      assertTrue(x.getMessage().startsWith(file + ": "), x.getMessage());
      return;
    }
    try (Npz npz = Npz.open(file)) {
      assertEquals(a.get("files"), npz.names(), "numpy.load(f).files");
      Map<String, Map<String, Object>> members = (Map<String, Map<String, Object>>) a.get("members");
      for (Map.Entry<String, Map<String, Object>> m : members.entrySet()) {
        member(npz, file, m.getKey(), m.getValue(), (String) a.get("divergence"));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void member(Npz npz, Path file, String key, Map<String, Object> t, String divergence) {
    Map<String, Object> zipped = (Map<String, Object>) t.get("member");
    ZipEntryInfo e = npz.entry(key);
    assertTrue(npz.contains(key), key);
    assertEquals(zipped.get("name"), e.name().split("\0")[0], key + ": the member zipfile reads (cut at a NUL)");
    assertEquals(((Long) zipped.get("method")).intValue(), e.method(), key);
    assertEquals(zipped.get("size"), e.size(), key);
    assertEquals(zipped.get("compressed"), e.compressedSize(), key);
    if (divergence != null || t.containsKey("numpy_error")) {
      RuntimeException x = refused(RuntimeException.class, () -> npz.get(key).release());
      assertTrue(x.getMessage().contains(e.name()), "names the member: " + x.getMessage());
      if (String.valueOf(t.get("numpy_error")).startsWith("NotImplementedError:")) {
        // zipfile's "That compression method is not supported": Npz documents this refusal
        assertTrue(x instanceof UnsupportedOperationException, x.toString());
        return;
      }
      assertTrue(x instanceof NpyFormatException || x instanceof ZipFormatException, x.toString());
      assertTrue(x.getMessage().startsWith(file.toString()), "names the file: " + x.getMessage());
      return;
    }
    boolean npy = (Boolean) zipped.get("npy");
    Optional<NpyHeader> header = npz.header(key);
    assertEquals(npy, header.isPresent(), key + ": a .npy member has a header");
    try (MemoryView v = npz.get(key)) {
      Map<String, Object> expected = new HashMap<>(t);
      // A stored array is viewed in place, read-only, where NumPy reads a writable copy.
      expected.put("readonly", npy ? e.method() == ZipEntryInfo.STORED : true);
      NpyFixturesTest.compare(v, expected, key);
    }
    header.ifPresent(h -> {
      assertArrayEquals(NpyFixturesTest.longs(t.get("shape")), h.shape(), key + ": header shape");
      assertEquals(t.get("format"), h.format(), key + ": header format");
    });
  }

  private static <X extends Throwable> X refused(Class<X> type, Executable call) {
    long start = System.nanoTime();
    long heap = allocated();
    X x = assertThrows(type, call);
    long used = allocated() - heap;
    assertTrue(System.nanoTime() - start < REFUSAL_NANOS, "refused in under 2 s: " + x.getMessage());
    assertTrue(heap < 0 || used < REFUSAL_BYTES, "refused after allocating " + used + " bytes: " + x.getMessage());
    assertFalse(x.getMessage().isEmpty());
    return x;
  }

  /** Bytes this thread has allocated so far, or -1 where the JVM does not count them. */
  private static long allocated() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
        && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
      return threads.getCurrentThreadAllocatedBytes();
    }
    return -1;
  }
}
