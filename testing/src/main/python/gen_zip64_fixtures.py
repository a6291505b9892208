#!/usr/bin/env python3.13
"""Writes small ZIP64 archives with CPython's zipfile, and what CPython reads back from them.

Run from the repository root:  python3.13 testing/src/main/python/gen_zip64_fixtures.py

Real ZIP64 archives are over 4 GiB or 65,535 entries; these are a few hundred bytes. zipfile
decides to write ZIP64 structures by comparing sizes and offsets with its module constant
ZIP64_LIMIT, so this script lowers it to 16 bytes: zipfile then writes exactly what it writes for
a huge archive, at a size fit for a test fixture. force_zip64=True on the first entry gives it a
ZIP64 local header although its sizes need none.

In testing/src/main/resources/dev/structview/testing/zip/ (shared by the ZIP reader's tests and the command line's):
- zip64.zip: as zipfile writes it. ZIP64 end record and locator; ZIP64 extra fields in the central
  directory holding sizes and local header offsets (each entry a different subset); a UTF-8
  name; a directory; an empty entry; an archive comment. The classic end record holds the real
  count, size and offset, as zipfile writes them when they fit.
- zip64-masked.zip: the same bytes with the classic end record's count, size and offset set to
  all ones, as writers store them when they do not fit: readers must take the ZIP64 values.
- zip64.tsv: each entry as CPython's zipfile reads it back (from either archive).
"""
import os
import struct
import sys
import zipfile

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "dev", "structview", "testing", "zip")
WHEN = (2024, 2, 29, 13, 37, 42)
COMMENT = b"ZIP64 records written by CPython zipfile"


def entry(name, method):
    info = zipfile.ZipInfo(name, date_time=WHEN)
    info.compress_type = method
    return info


def write_archive(path):
    zipfile.ZIP64_LIMIT = 16  # see the docstring: what zipfile writes past 2 GiB, in a small file
    with zipfile.ZipFile(path, "w") as z:
        with z.open(entry("hello.txt", zipfile.ZIP_STORED), "w", force_zip64=True) as f:
            f.write(b"Hello, ZIP64!\n")
        directory = entry("data/", zipfile.ZIP_STORED)
        directory.external_attr = 0o40755 << 16 | 0x10  # a Unix directory, and MS-DOS's directory bit
        z.writestr(directory, b"")
        z.writestr(entry("data/numbers.bin", zipfile.ZIP_DEFLATED), bytes(range(256)) * 8)
        z.writestr(entry("empty.txt", zipfile.ZIP_STORED), b"")
        z.writestr(entry("na\u00efve/\u00fcn\u00efc\u00f6d\u00e9.txt", zipfile.ZIP_DEFLATED),
                   "\u00fcn\u00efc\u00f6d\u00e9 text, written twice. " * 2)
        z.comment = COMMENT
    zipfile.ZIP64_LIMIT = (1 << 31) - 1


def mask_end_record(data):
    """Sets the classic end record's entry counts, size and offset to all ones."""
    end = data.rindex(b"PK\x05\x06")
    fields = list(struct.unpack_from("<4s4H2LH", data, end))
    fields[3:7] = [0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF]
    return data[:end] + struct.pack("<4s4H2LH", *fields) + data[end + 22:]


def listing(path):
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        assert z.comment == COMMENT
        return [(i.filename, i.compress_type, i.compress_size, i.file_size, i.CRC, i.header_offset,
                 "%04d-%02d-%02d %02d:%02d:%02d" % i.date_time, i.flag_bits) for i in z.infolist()]


def main():
    plain = os.path.join(OUT, "zip64.zip")
    masked = os.path.join(OUT, "zip64-masked.zip")
    write_archive(plain)
    with open(plain, "rb") as f:
        data = f.read()
    assert b"PK\x06\x06" in data and b"PK\x06\x07" in data
    with open(masked, "wb") as f:
        f.write(mask_end_record(data))
    rows = listing(plain)
    assert rows == listing(masked)
    with open(os.path.join(OUT, "zip64.tsv"), "w", encoding="utf-8") as f:
        f.write("# python %s zipfile; columns: name method compressed size crc32 header_offset date_time flags\n"
                % sys.version.split()[0])
        for r in rows:
            f.write("\t".join(str(v) for v in r) + "\n")
    print("wrote %d entries, %d bytes" % (len(rows), len(data)))


if __name__ == "__main__":
    main()
