package dev.structview.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.structview.testing.Gen;
import dev.structview.testing.Gens;
import dev.structview.testing.Property;
import dev.structview.testing.Tally;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random chains of {@code MemoryView} operations (slices with any step, casts with and without
 * shapes, get and set, toList, toBytes, hex, toReadOnly, setSlice, export and release) over arrays,
 * buffers and N-d exporters, each step checked against {@link ViewModel}: the same result or the
 * same documented exception, every byte of the memory as the model says (so nothing is written
 * outside an export or through a read-only one), values read only from the export's elements,
 * and the exporter released exactly once at the end. {@link ChainRunner} runs one chain.
 */
class MemoryViewFuzzTest {

  /** The first view of a chain, and the operations on it and on the views they make. */
  record Chain(ViewRoot root, List<ChainRunner.Op> ops) {}

  static Gen<Chain> chains() {
    Gen<Integer> kind = Gens.ints(0, 6);
    Gen<Long> seed = Gens.longs();
    Gen<ViewRoot> roots = s -> new ViewRoot(kind.next(s), seed.next(s));
    Gen<Integer> op = Gens.ints(0, ChainRunner.KINDS - 1);
    Gen<Integer> n = Gens.ints(0, 9_999);
    Gen<ChainRunner.Op> ops = s -> new ChainRunner.Op(op.next(s), n.next(s), n.next(s), n.next(s), n.next(s));
    Gen<List<ChainRunner.Op>> lists = ops.list(1, 40);
    return s -> new Chain(roots.next(s), lists.next(s));
  }

  @Test
  void chainsAgreeWithTheModel() {
    Tally tally = new Tally();
    Property.Run run = Property.forAll(chains()).budget(5_000).tally(tally).check(chain -> {
      ViewRoot.Built built = chain.root().build();
      if (built.view() == null) {
        assertTrue(built.model() == null, "the exporter refused a request the model grants: " + built.refusal());
        assertEquals(built.exporter().gets, built.exporter().releases, "a refused export was not given back");
        tally.count("roots", "refused");
        return;
      }
      assertTrue(built.model() != null, "the view accepted a request the exporter should refuse");
      tally.count("roots", "granted");
      new ChainRunner(built, tally).run(chain.ops());
    });
    if (!run.full()) {
      return;
    }
    // The chains reach refused and granted roots, and every operation succeeds now and then.
    assertTrue(tally.get("roots", "refused") > 0 && tally.get("roots", "granted") > 0,
        "roots: " + tally.values("roots"));
    for (String operation : ChainRunner.OPERATIONS) {
      long done = tally.get("operations", operation + ": ok") + tally.get("operations", operation + ": made a view");
      assertTrue(done > 0, operation + " never succeeded: " + tally.values("operations"));
    }
  }
}
