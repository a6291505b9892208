"""Writes dump_vectors.tsv: what `structview dump` must show for random formats over random bytes.

Each line is one case: a struct format, the bytes (hex) of one or more whole records, then the
repr() of every value struct.iter_unpack returns, record after record, tab-separated. The reprs
are CPython's own (bytes escapes, True/False, shortest float digits, nan/inf), so the Java side
checks its Python-style rendering against them. Deterministic: the same file on every run.

Run with CPython 3.13:  python3.13 samples/src/test/python/gen_dump_vectors.py
"""
import os
import random
import struct
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "dev", "structview", "samples", "cli",
                   "dump_vectors.tsv")
STANDARD = "xcbB?hHiIlLqQefd"
NATIVE = STANDARD + "nNP"
SPECIAL_DOUBLES = [0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1e16, 1e15, 123456789012345678.0, 0.0001,
                   0.00001, 1.5, -2.5e-7, float("inf"), float("-inf"), 1e22, 1e23, 9007199254740993.0, 0.1,
                   1 / 3, 2 ** -1022, 2 ** 1023, 65504.0, 5.960464477539063e-08]


def random_format(rnd):
    prefix = rnd.choice("@=<>!")
    codes = NATIVE if prefix == "@" else STANDARD
    items = []
    for _ in range(rnd.randint(1, 5)):
        code = rnd.choice(codes + "sp")
        count = rnd.choice(["", "", "", "2", "3", "0", "5"])
        items.append(count + code)
    return prefix + "".join(items)


def interesting_bytes(rnd, fmt, n):
    """Random bytes, with some records carrying special doubles, halves and floats."""
    size = struct.calcsize(fmt)
    data = bytearray(rnd.randbytes(size * n))
    if rnd.random() < 0.5:
        return bytes(data)
    # Re-pack some float fields with special values through struct itself.
    values = list(struct.unpack(fmt, bytes(data[:size])))
    for i, v in enumerate(values):
        if isinstance(v, float) and rnd.random() < 0.7:
            candidate = rnd.choice(SPECIAL_DOUBLES)
            try:
                values[i] = candidate
                struct.pack(fmt, *values)
            except (OverflowError, struct.error):
                values[i] = v
    data[:size] = struct.pack(fmt, *values)
    return bytes(data)


def main():
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 13) or sys.byteorder != "little" \
            or struct.calcsize("P") != 8:
        sys.exit("run this with CPython 3.13 on a 64-bit little-endian machine")
    rnd = random.Random(20261121)
    lines = ["# dump vectors: format, record bytes (hex), repr of each value. " + sys.version.replace("\n", " ")]
    cases = 0
    while cases < 1500:
        fmt = random_format(rnd)
        size = struct.calcsize(fmt)
        if size == 0 or size > 200:
            continue
        n = rnd.randint(1, 3)
        data = interesting_bytes(rnd, fmt, n)
        reprs = [repr(v) for record in struct.iter_unpack(fmt, data) for v in record]
        if any("\t" in r or "\n" in r for r in reprs):
            continue
        lines.append("\t".join([fmt, data.hex()] + reprs))
        cases += 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("%s: %d cases" % (os.path.relpath(OUT), cases))


if __name__ == "__main__":
    main()
