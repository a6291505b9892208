#!/usr/bin/env python3.13
"""Generates the struct fuzz corpus that StructCorpusTest replays: random and mutated formats,
random bytes, random offsets, random values, each run through CPython 3.13.

Run with CPython 3.13 from the repository root:

    python3.13 runtime/src/test/python/gen_fuzz_corpus.py

It rewrites runtime/src/test/resources/vectors/fuzz/struct_fuzz.tsv, deterministically (fixed
seed). The line format is gen_struct_vectors.py's (its docstring describes it), and so are the
encoders, imported from it. Where gen_struct_vectors.py walks every code and edge on purpose,
this corpus is what a fuzzer feeds: formats built from the grammar and then mutated (a character
inserted, deleted or replaced, a huge count spliced in, a piece repeated), so many are invalid;
buffers of random lengths; offsets anywhere from -2**63 to 2**63-1; values of every type.
"""

import os
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_struct_vectors import Writer  # noqa: E402  (the shared line format and encoders)

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "vectors", "fuzz", "struct_fuzz.tsv")
SEED = 7_2026

PREFIXES = ["", "", "@", "=", "<", ">", "!"]
STANDARD_CODES = "xcbB?hHiIlLqQefdsp"
NATIVE_CODES = STANDARD_CODES + "nNP"
NOISE = "xcbB?hHiIlLqQnNefdspP@=<>!0123456789 \t\n{}T():^&Zgw\x00é"
HUGE = ["9223372036854775807", "9223372036854775808", "99999999999999999999", "2147483647",
        "2147483648", "4294967296", "999999999999", "1152921504606846976"]


def grammar_format(rng):
    """A format the struct grammar accepts (though its size may overflow)."""
    prefix = rng.choice(PREFIXES)
    codes = NATIVE_CODES if prefix in ("", "@") else STANDARD_CODES
    parts = []
    for _ in range(rng.randint(0, 6)):
        code = rng.choice(codes)
        count = rng.choice(["", "", "", "0", "1", "2", "3", "7", "16"])
        if rng.random() < 0.03:
            count = rng.choice(HUGE)
        parts.append(rng.choice(["", "", "", " ", "\t"]) + count + code)
    return prefix + "".join(parts) + rng.choice(["", "", "", " "])


def mutate(rng, fmt):
    """One to three random edits."""
    for _ in range(rng.randint(1, 3)):
        i = rng.randint(0, len(fmt))
        kind = rng.randrange(6)
        if kind == 0:
            fmt = fmt[:i] + rng.choice(NOISE) + fmt[i:]
        elif kind == 1 and fmt:
            fmt = fmt[:i] + fmt[i + 1:]
        elif kind == 2 and i < len(fmt):
            fmt = fmt[:i] + rng.choice(NOISE) + fmt[i + 1:]
        elif kind == 3:
            fmt = fmt[:i] + rng.choice(HUGE) + fmt[i:]
        elif kind == 4 and fmt:
            j = rng.randint(i, len(fmt))
            fmt = fmt[:j] + fmt[i:j] + fmt[j:]
        else:
            fmt = fmt[:i]
    return fmt


def small_format(rng):
    """A valid format small enough to unpack from random buffers."""
    while True:
        fmt = grammar_format(rng)
        try:
            if struct.calcsize(fmt) <= 48:
                return fmt
        except struct.error:
            pass


def random_bytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def random_offset(rng, length):
    r = rng.random()
    if r < 0.6:
        return rng.randint(-length - 4, length + 4)
    if r < 0.8:
        return rng.choice([-2 ** 63, 2 ** 63 - 1, -2 ** 63 + 1, 2 ** 63 - 8, -2 ** 31, 2 ** 31 - 1, 2 ** 31])
    return rng.randint(-2 ** 63, 2 ** 63 - 1)


VALUE_POOL = [
    0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, -32769, 2 ** 31 - 1, 2 ** 31,
    -2 ** 31, -2 ** 31 - 1, 2 ** 32 - 1, 2 ** 32, 2 ** 63 - 1, 2 ** 63, -2 ** 63, -2 ** 63 - 1, 2 ** 64 - 1,
    2 ** 64, 2 ** 100, -2 ** 100, True, False, None, 0.0, -0.0, 0.5, 1.5, -2.25, 65504.0, 65520.0, 1e5,
    3.4e38, 3.5e38, 1e300, float("inf"), float("-inf"), float("nan"), b"", b"a", b"ab", b"\x00" * 5,
    b"x" * 20, "s", object(),
]


def random_values(rng, fmt):
    n = len(struct.unpack(fmt, bytes(struct.calcsize(fmt))))
    n += rng.choice([0, 0, 0, 0, 0, 0, 1, -1])
    return [rng.choice(VALUE_POOL) for _ in range(max(n, 0))]


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit("run this with CPython 3.13: the corpus records its behaviour (got %s)" % sys.version)
    rng = random.Random(SEED)
    w = Writer("struct_fuzz")
    for _ in range(3000):
        fmt = grammar_format(rng)
        w.calcsize(mutate(rng, fmt) if rng.random() < 0.8 else fmt)
    for _ in range(2500):
        fmt = small_format(rng)
        data = random_bytes(rng, rng.choice([struct.calcsize(fmt), rng.randint(0, 64)]))
        w.unpack_from(fmt, data, random_offset(rng, len(data)))
    for _ in range(800):
        fmt = small_format(rng)
        size = struct.calcsize(fmt)
        data = random_bytes(rng, size * rng.randint(0, 4) + (rng.random() < 0.2))
        w.iter_unpack(fmt, data)
        w.unpack(fmt, data)
    for _ in range(1500):
        fmt = small_format(rng)
        values = list(struct.unpack(fmt, random_bytes(rng, struct.calcsize(fmt))))
        data = random_bytes(rng, rng.randint(0, 56))
        w.pack_into(fmt, data, random_offset(rng, len(data)), values)
    for _ in range(2500):
        fmt = small_format(rng)
        w.pack(fmt, random_values(rng, fmt))
    header = [
        "# structview struct fuzz corpus",
        "# python %s" % sys.version.replace("\n", " "),
        "# generator: runtime/src/test/python/gen_fuzz_corpus.py (seed %d)" % SEED,
        "# cases: %d" % sum(1 for l in w.lines if not l.startswith("#")),
    ]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header + w.lines) + "\n")
    cases = [l for l in w.lines if not l.startswith("#")]
    print("%d cases, %d of them errors -> %s" % (len(cases), sum("\tERR\t" in l for l in cases),
                                                  os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
