#!/usr/bin/env python3.11
"""PEP 3118 layout vectors for FormatParser.parseExtended, with NumPy as the truth.

NumPy's reading of PEP 3118 formats (numpy/_core/_internal.py, _dtype_from_pep3118) is what the
ecosystem exchanges records with. structview lays out T{...} structs the same way: under '@' items
are aligned, a struct aligns to its widest item and pads its size to a multiple of it. Two choices
differ from NumPy and are avoided here: NumPy resets the byte order to '@' inside every T{...}
(the PEP says an order stays in force until changed, and structview follows the PEP), so every
generated struct starts with an explicit order; and NumPy pads the top level too, so every format
here is a single top-level T{...}.

Run with a Python that has NumPy, from the repository root:
    python3.11 runtime/src/test/python/gen_pep3118_vectors.py

Line format (tab-separated):  FORMAT  ITEMSIZE  FIELDS
FIELDS: ';'-separated 'path=offset' for every leaf field, path being the names joined by '.'.
"""
import os
import random
import sys

import numpy as np
from numpy._core._internal import _dtype_from_pep3118

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "vectors", "pep3118", "pep3118.tsv")
CODES = "bBhHiIlLqQefd?"
ORDERS = ["@", "<", ">", "=", "!", "^"]


def struct(rng, depth, counter):
    """A T{...} whose every item names its byte order (NumPy's grammar: shape? order count? body)."""
    parts = []
    for _ in range(rng.randint(1, 4)):
        order = rng.choice(ORDERS)
        if depth < 3 and rng.random() < 0.25:
            item = order + rng.choice(["", "", "2"]) + struct(rng, depth + 1, counter)
        elif rng.random() < 0.15:
            item = order + "%ds" % rng.randint(1, 5)
        else:
            shape = rng.choice(["", "", "", "(2,3)", "(4)"])
            count = "" if shape else rng.choice(["", "", "2", "3"])
            item = shape + order + count + rng.choice(CODES)
        counter[0] += 1
        parts.append("%s:f%d:" % (item, counter[0]))
        if rng.random() < 0.15:
            parts.append("%dx" % rng.randint(1, 3))
    if not parts:
        parts.append("@b:pad%d:" % counter[0])
    return "T{" + "".join(parts) + "}"  # the struct's own order is that of its first item


def leaves(dtype, prefix, base, out):
    for name in dtype.names:
        sub, offset = dtype.fields[name][:2]
        path = prefix + name
        inner = sub.base if sub.subdtype else sub
        if inner.names:
            leaves(inner, path + ".", base + offset, out)
        else:
            out.append("%s=%d" % (path, base + offset))


def main():
    rng = random.Random(3118)
    lines = ["# structview PEP 3118 layouts, truth from NumPy %s on python %s" % (np.__version__, sys.version.split()[0]),
             "# generator: runtime/src/test/python/gen_pep3118_vectors.py (seed 3118)"]
    for _ in range(500):
        fmt = struct(rng, 0, [0])
        dtype = _dtype_from_pep3118(fmt)
        out = []
        leaves(dtype, "", 0, out)
        lines.append("\t".join([fmt, str(dtype.itemsize), ";".join(out)]))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d cases to %s" % (len(lines) - 2, os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
