#!/usr/bin/env python3.11
"""N-dimensional slicing vectors for MemoryView.slice(Slice...), with NumPy as the truth.

CPython's memoryview slices only the first dimension ("multi-dimensional slicing is not
implemented"); structview slices every dimension as NumPy's basic slicing does. This script
records, for random shapes, formats and slices, what NumPy gives: the resulting shape, strides
(in bytes) and elements. Run with a Python that has NumPy, from the repository root:

    python3.11 runtime/src/test/python/gen_ndslice_vectors.py

Line format (tab-separated):
    FORMAT  SHAPE  SLICES  RESULT_SHAPE  RESULT_STRIDES  ELEMENTS
SHAPE, RESULT_SHAPE, RESULT_STRIDES: comma-separated integers ('-' when empty).
SLICES: ';'-separated slices, each 'start:stop:step' with empty parts for None.
ELEMENTS: the result's elements in C order as integers, comma-separated ('-' when empty). The base
array holds 0, 1, 2, ... in C order, so elements identify where each one came from.
"""
import os
import random
import sys

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "vectors", "ndslice", "ndslice.tsv")
FORMATS = {"B": np.uint8, "h": np.int16, "i": np.int32, "q": np.int64}


def ints(values):
    values = [int(v) for v in values]
    return ",".join(str(v) for v in values) if values else "-"


def random_slice(rng, extent):
    def bound():
        return rng.choice([None, None, 0, 1, -1, extent, -extent, extent + 3, -extent - 3,
                           rng.randint(-extent - 2, extent + 2)])
    step = rng.choice([None, None, 1, 2, 3, -1, -2, -3, extent + 1, -(extent + 1)])
    return bound(), bound(), step


def text(s):
    return ":".join("" if p is None else str(p) for p in s)


def main():
    rng = random.Random(2026)
    lines = ["# structview N-d slicing vectors, truth from NumPy %s on python %s" % (np.__version__, sys.version.split()[0]),
             "# generator: runtime/src/test/python/gen_ndslice_vectors.py (seed 2026)"]
    for _ in range(400):
        fmt = rng.choice(sorted(FORMATS))
        ndim = rng.randint(1, 4)
        shape = [rng.randint(0 if rng.random() < 0.1 else 1, 5) for _ in range(ndim)]
        base = np.arange(int(np.prod(shape)), dtype=FORMATS[fmt]).reshape(shape)
        slices = [random_slice(rng, shape[d]) for d in range(rng.randint(1, ndim))]
        result = base[tuple(slice(*s) for s in slices)]
        lines.append("\t".join([fmt, ints(shape), ";".join(text(s) for s in slices), ints(result.shape),
                                ints(result.strides), ints(result.ravel(order="C"))]))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d cases to %s" % (len(lines) - 2, os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
