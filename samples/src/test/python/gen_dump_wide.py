"""Writes dump_wide.tsv: what `structview dump` must print for records of up to millions of values.

The data is 4,000,000 bytes, byte i being (i * 131 + (i >> 8)) & 0xff (DumpWideTest makes the same).
For each format and number of records, the lines after the heading are the column header, then one line per record:
its index, its offset, and print(record) of the tuple struct.iter_unpack returns, as CPython
prints it. Each line holds the format, the number of records, the SHA-256 of that text (UTF-8, "\n" line ends) and its
length, so that a few kilobytes check hundreds of megabytes of output.

Run with CPython 3.13:  python3.13 samples/src/test/python/gen_dump_wide.py
"""
import hashlib
import os
import struct

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "dev", "structview", "samples", "cli",
                   "dump_wide.tsv")
SIZE = 4_000_000
# (format, records): None for every whole record of the file; floats print slowly, so fewer of them
FORMATS = [("4000000B", None), ("<1000000i", None), ("4000000s", None), (">40000d", 1), ("=400000e", 1),
           ("<1000i", None), ("2000s2000s", None), ("<33h", None), ("1025s", None)]


def data():
    return bytes((i * 131 + (i >> 8)) & 0xFF for i in range(SIZE))


def lines(fmt, blob, records):
    size = struct.calcsize(fmt)
    n = len(blob) // size if records is None else records
    index_width = max(1, len(str(n - 1)))
    offset_width = max(len("offset"), len(str((n - 1) * size)))
    yield f"  {'#':>{index_width}}  {'offset':>{offset_width}}  values\n"
    for i, record in enumerate(struct.iter_unpack(fmt, blob[:n * size])):
        yield f"  {i:>{index_width}}  {i * size:>{offset_width}}  {record!r}\n"


def main():
    blob = data()
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# format\trecords\tsha256 of the lines after the heading\tlength; from gen_dump_wide.py\n")
        for fmt, records in FORMATS:
            records = len(blob) // struct.calcsize(fmt) if records is None else records
            digest = hashlib.sha256()
            length = 0
            for line in lines(fmt, blob, records):
                encoded = line.encode("utf-8")
                digest.update(encoded)
                length += len(encoded)
            out.write(f"{fmt}\t{records}\t{digest.hexdigest()}\t{length}\n")


if __name__ == "__main__":
    main()
