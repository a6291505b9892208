#!/usr/bin/env python3
"""What CPython's zipfile writes and reads, for dev.structview.zip.ZipArchiveTest (which runs this).

  python3 zip_members.py write DIR   writes DIR/members.zip (seekable: sizes in the local headers) and
                                     DIR/streamed.zip (to a stream that cannot seek: data descriptors),
                                     and prints each entry as zipfile reads it back, one per line:
                                     archive, name, method, size, CRC-32, SHA-256 of zipfile.read(name)
  python3 zip_members.py bomb DIR    writes DIR/bomb.zip: one deflated entry of 16 MiB of zeros
  python3 zip_members.py read ZIP NAME
                                     prints "ok" if zipfile reads the entry to its end, or the
                                     exception it raises

Nothing is committed but this script: the archives are written in the test's temporary directory.
"""
import hashlib
import io
import os
import random
import sys
import zipfile

WHEN = (2024, 2, 29, 13, 37, 42)


class Unseekable(io.RawIOBase):
    """A file that cannot seek or tell, as a pipe: zipfile then writes data descriptors."""

    def __init__(self, f):
        self.f = f

    def writable(self):
        return True

    def write(self, b):
        return self.f.write(b)


def members():
    rnd = random.Random(20240229)
    text = "".join("line %d of some text that repeats, more or less\n" % rnd.randrange(1000) for _ in range(6000))
    return [
        ("stored.bin", zipfile.ZIP_STORED, rnd.randbytes(100_000)),
        ("random.bin", zipfile.ZIP_DEFLATED, rnd.randbytes(200_000)),  # compressed, still more than 64 KiB
        ("text.txt", zipfile.ZIP_DEFLATED, text.encode()),
        ("empty-stored", zipfile.ZIP_STORED, b""),
        ("empty-deflated", zipfile.ZIP_DEFLATED, b""),
        ("dir/", zipfile.ZIP_STORED, b""),
        ("bzip2.txt", zipfile.ZIP_BZIP2, b"bzip2 " * 100),
    ]


def write(z):
    for name, method, data in members():
        info = zipfile.ZipInfo(name, date_time=WHEN)
        info.compress_type = method
        z.writestr(info, data)


def write_all(directory):
    with zipfile.ZipFile(os.path.join(directory, "members.zip"), "w") as z:
        write(z)
    with open(os.path.join(directory, "streamed.zip"), "wb") as f:
        with zipfile.ZipFile(Unseekable(f), "w") as z:
            write(z)
    for archive in ("members.zip", "streamed.zip"):
        with zipfile.ZipFile(os.path.join(directory, archive)) as z:
            for i in z.infolist():
                digest = hashlib.sha256(z.read(i.filename)).hexdigest()
                print("\t".join(str(v) for v in (archive, i.filename, i.compress_type, i.file_size, i.CRC, digest)))


def bomb(directory):
    with zipfile.ZipFile(os.path.join(directory, "bomb.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("bomb.bin", date_time=WHEN), bytes(16 << 20), zipfile.ZIP_DEFLATED)


def read(archive, name):
    try:
        with zipfile.ZipFile(archive) as z, z.open(name) as f:
            while f.read(1 << 16):
                pass
        print("ok")
    except Exception as e:  # what zipfile raises is the answer
        print("%s: %s" % (type(e).__name__, e))


if __name__ == "__main__":
    {"write": write_all, "bomb": bomb, "read": read}[sys.argv[1]](*sys.argv[2:])
