#!/usr/bin/env python3
"""Writes record files with CPython's struct.pack, and what struct.iter_unpack reads back from them.

The Spark tests run this script (python3, any CPython 3.8+) into a temporary directory; nothing it
writes is committed. Run by hand to look at a case:

    echo '{"file": "t.bin", "struct": "<IhB", "records": 3, "seed": 1}' \
        | python3 spark/src/test/python/gen_records.py /tmp/out

Standard input: one JSON object per line, one file each:
  file     name of the file to write in OUT_DIR
  struct   the record format, in CPython struct syntax
  records  how many records
  seed     seed of the random values
  header   bytes of random header before the records (default 0)
  footer   bytes of random footer after them (default 0)
  tail     bytes of a partial record between the records and the footer (default 0)
  raw      true: records are random bytes as they are (every bit pattern: any non-zero '?' byte,
           NaN payloads, Pascal length bytes past the field); false (default): random bytes are
           unpacked and packed again, so the file is what struct.pack writes

Standard output: per record, "file<TAB>index<TAB>values", the values of struct.iter_unpack over the
records separated by spaces: integers in decimal, floats as float.hex() ('nan', 'inf', '-inf' for
those), bytes as 'x' + hex, booleans as True or False.
"""
import json
import os
import random
import struct
import sys


def token(value):
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return value.hex()
    if isinstance(value, bytes):
        return "x" + value.hex()
    raise TypeError("unexpected value %r" % (value,))


def records(spec, rng):
    s = struct.Struct(spec["struct"])
    out = bytearray()
    for _ in range(spec["records"]):
        raw = bytes(rng.getrandbits(8) for _ in range(s.size))
        out += raw if spec.get("raw") else s.pack(*s.unpack(raw))
    return bytes(out)


def write(out_dir, spec):
    rng = random.Random(spec["seed"])
    data = records(spec, rng)
    noise = lambda n: bytes(rng.getrandbits(8) for _ in range(n))
    with open(os.path.join(out_dir, spec["file"]), "wb") as f:
        f.write(noise(spec.get("header", 0)) + data + noise(spec.get("tail", 0)) + noise(spec.get("footer", 0)))
    for i, values in enumerate(struct.iter_unpack(spec["struct"], data)):
        print("%s\t%d\t%s" % (spec["file"], i, " ".join(token(v) for v in values)))


def main():
    out_dir = sys.argv[1]
    for line in sys.stdin:
        if line.strip():
            write(out_dir, json.loads(line))


if __name__ == "__main__":
    main()
