#!/usr/bin/env python3
"""Writes pack_errors.tsv: values struct.pack refuses, with CPython's exception and message.

The Spark write tests write each value from a DataFrame column of the given Spark type and expect
the task to fail with CPython's message, followed by the value as Spark shows it. An integral Spark
type (decimal(p,0) included) is a Python int: struct says "int too large to convert" where a float
overflows. The messages are those of CPython 3.12 and later, which
the runtime follows (3.11 words some range errors differently, "ubyte format requires ..."); run
with 3.12 or later:

    PYENV_VERSION=3.13.0 python3.13 spark/src/test/python/gen_pack_errors.py \
        > spark/src/test/resources/pack_errors.tsv

Columns: item format, Spark type of the column, value (decimal, float repr, or hex of bytes),
CPython version, exception type, message.
"""
import struct
import sys

CASES = [
    ("<B", "bigint", 256),
    ("<B", "bigint", -1),
    ("<b", "int", 128),
    ("<h", "int", 32768),
    ("<H", "int", 65536),
    (">i", "bigint", 2**31),
    ("<I", "bigint", -1),
    ("<I", "bigint", 2**32),
    ("<Q", "bigint", -1),
    ("<q", "decimal(38,0)", 2**63),
    ("<Q", "decimal(38,0)", 2**64),
    ("<B", "decimal(10,0)", 300),
    ("<h", "decimal(20,0)", -2**63 - 1),
    ("@P", "decimal(38,0)", 2**64),
    ("<e", "double", 65520.0),
    ("<e", "float", 1e5),
    ("<f", "double", 1e300),
    ("<e", "decimal(10,2)", 65520.5),
    ("<e", "decimal(10,0)", 70000),
    ("<e", "int", 70000),
    ("c", "binary", b"ab"),
    ("c", "binary", b""),
]


def shown(value):
    return value.hex() if isinstance(value, bytes) else repr(value)


def main():
    if sys.version_info < (3, 12):
        sys.exit("run with CPython 3.12 or later: the runtime follows its messages")
    version = "%d.%d.%d" % sys.version_info[:3]
    for fmt, spark_type, value in CASES:
        try:
            struct.pack(fmt, value)
        except (struct.error, OverflowError) as e:
            print("\t".join([fmt, spark_type, shown(value), version, type(e).__name__, str(e)]))
        else:
            sys.exit("%s packs %r" % (fmt, value))


if __name__ == "__main__":
    main()
