#!/usr/bin/env python3.13
"""Records what CPython 3.13 does with hostile inputs, for HostileInputTest to compare with.

Run with CPython 3.13 (it needs _testbuffer, which CPython's test build includes) from the
repository root:

    python3.13 runtime/src/test/python/gen_hostile_vectors.py

It rewrites runtime/src/test/resources/vectors/fuzz/hostile.tsv: one line per case,

    ID <TAB> PYTHON EXPRESSION <TAB> OK <TAB> repr(result)
    ID <TAB> PYTHON EXPRESSION <TAB> ERR <TAB> exception type <TAB> message

HostileInputTest runs the Java counterpart of each ID and checks the exception family and that
CPython's message starts the Java one, or, where structview documents a different answer (a
MemoryError CPython gives after trying to allocate, which structview refuses before allocating),
the documented one.
"""

import os
import struct
import sys

from _testbuffer import ndarray

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "vectors", "fuzz", "hostile.tsv")

CASES = [
    # huge counts
    ("count_calcsize", 'struct.calcsize("999999999999s")'),
    ("count_pack", 'struct.pack("999999999999s", b"")'),
    ("count_unpack", 'struct.unpack("999999999999s", b"abc")'),
    ("count_unpack_from", 'struct.unpack_from("999999999999s", b"abc", 0)'),
    ("count_pack_into", 'struct.pack_into("999999999999s", bytearray(3), 0, b"")'),
    ("count_iter_unpack", 'list(struct.iter_unpack("999999999999s", b""))'),
    ("count_values", 'struct.pack("<1073741824i")'),
    ("max_calcsize", 'struct.calcsize("9223372036854775807x")'),
    ("max_pack", 'struct.pack("9223372036854775807x")'),
    ("over_calcsize", 'struct.calcsize("9223372036854775808x")'),
    ("over_long_calcsize", 'struct.calcsize("99999999999999999999x")'),
    ("over_align_calcsize", 'struct.calcsize("@b9223372036854775800q")'),
    ("over_items_calcsize", 'struct.calcsize("<4611686018427387904h4611686018427387904h")'),
    ("digits_calcsize", 'struct.calcsize("9" * 100000 + "x")'),
    ("braces_calcsize", 'struct.calcsize("T{" * 100000)'),
    ("parens_calcsize", 'struct.calcsize("(" * 100000)'),
    # offsets at the limits
    ("offset_max_unpack_from", 'struct.unpack_from("<i", bytes(8), 2**63 - 1)'),
    ("offset_min_unpack_from", 'struct.unpack_from("<i", bytes(8), -2**63)'),
    ("offset_int_unpack_from", 'struct.unpack_from("<i", bytes(8), 2**31)'),
    ("offset_max_pack_into", 'struct.pack_into("<i", bytearray(8), 2**63 - 1, 1)'),
    ("offset_min_pack_into", 'struct.pack_into("<i", bytearray(8), -2**63, 1)'),
    ("offset_near_min_unpack_from", 'struct.unpack_from("<q", bytes(8), -2**63 + 7)'),
    # zero sizes
    ("empty_iter_unpack", 'struct.iter_unpack("", b"")'),
    ("empty_unpack_from_end", 'struct.unpack_from("", b"abc", 3)'),
    ("empty_unpack_from_past", 'struct.unpack_from("", b"abc", 4)'),
    ("empty_pack", 'struct.pack("")'),
    ("empty_strings_unpack", 'struct.unpack("0s0p", b"")'),
    ("empty_strings_pack", 'struct.pack("0s0p0x")'),
    # memoryview shapes
    ("cast_65_dims", 'memoryview(bytes(4)).cast("B", [1] * 65)'),
    ("cast_64_dims", 'memoryview(bytes(4)).cast("B", [1] * 63 + [4]).shape[63]'),
    ("cast_max_extent", 'memoryview(bytes(4)).cast("B", [2**63 - 1])'),
    ("cast_product_overflow", 'memoryview(bytes(4)).cast("B", [3037000500, 3037000500])'),
    ("cast_zero_extent", 'memoryview(bytes(4)).cast("B", [0])'),
    ("cast_negative_extent", 'memoryview(bytes(4)).cast("B", [-1])'),
    ("cast_nd_to_nd", 'memoryview(bytes(8)).cast("B", [2, 2, 2]).cast("B", [1] * 64)'),
    ("cast_0d", 'memoryview(bytes(4)).cast("i", []).tolist()'),
    ("empty_cast_shape", 'memoryview(bytes(0)).cast("B", [1])'),
    ("empty_cast", 'memoryview(bytes(0)).cast("i").shape'),
    ("empty_tolist", 'memoryview(bytes(0)).tolist()'),
    ("empty_hex", 'memoryview(bytes(0)).hex()'),
    ("empty_reversed", 'memoryview(bytes(0))[::-1].tolist()'),
    ("index_max", 'memoryview(bytes(4))[2**63 - 1]'),
    ("index_min", 'memoryview(bytes(4))[-2**63]'),
    ("slice_min_step", 'memoryview(bytes(4))[2**63 - 1:-2**63:-2**63].tolist()'),
    ("slice_max_step", 'memoryview(bytes(4))[::2**63 - 1].tolist()'),
    ("slice_extremes", 'memoryview(bytes(4))[-2**63:2**63 - 1:2**63 - 1].tolist()'),
    ("exporter_65_dims", 'memoryview(ndarray([1] * 65, shape=[1] * 65, format="B"))'),
]


def run(expr):
    try:
        return "OK\t" + repr(eval(expr))
    except Exception as e:
        name = "struct.error" if isinstance(e, struct.error) else type(e).__name__
        return "ERR\t%s\t%s" % (name, str(e))


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit("run this with CPython 3.13 (got %s)" % sys.version)
    lines = [
        "# structview hostile inputs: what CPython does",
        "# python %s" % sys.version.replace("\n", " "),
        "# generator: runtime/src/test/python/gen_hostile_vectors.py",
    ]
    for case_id, expr in CASES:
        lines.append("%s\t%s\t%s" % (case_id, expr, run(expr)))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("%d cases -> %s" % (len(CASES), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
