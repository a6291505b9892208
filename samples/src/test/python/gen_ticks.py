#!/usr/bin/env python3.13
"""Writes the demo's embedded data with CPython's struct, and the values it holds.

Run from the repository root:  python3.13 samples/src/test/python/gen_ticks.py

- samples/src/main/resources/dev/structview/samples/ticks.bin: records packed with '<IhB'
- samples/src/test/resources/dev/structview/samples/ticks.tsv: id, delta, flags per record,
  and the bytes of each record, for DemoTest to check what the demo reads.
"""
import os
import struct
import sys

FORMAT = "<IhB"
RECORDS = [
    (1, -2, 3),
    (2, 500, 0x80),
    (65536, -32768, 255),
    (4294967295, 32767, 0),
    (1234567890, -1, 42),
]

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")


def main():
    data = b"".join(struct.pack(FORMAT, *r) for r in RECORDS)
    with open(os.path.join(ROOT, "main/resources/dev/structview/samples/ticks.bin"), "wb") as f:
        f.write(data)
    with open(os.path.join(ROOT, "test/resources/dev/structview/samples/ticks.tsv"), "w") as f:
        f.write("# python %s\n# format %s; columns: id delta flags bytes\n" % (sys.version.split()[0], FORMAT))
        for r in RECORDS:
            f.write("%d\t%d\t%d\t%s\n" % (*r, struct.pack(FORMAT, *r).hex()))
    print("wrote %d records, %d bytes" % (len(RECORDS), len(data)))


if __name__ == "__main__":
    main()
