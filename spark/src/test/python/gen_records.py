#!/usr/bin/env python3
"""Writes record files with CPython's struct.pack, and what struct.iter_unpack reads back from them;
with --read, reads the files a Spark write made, and packs the DataFrame's rows.

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

With --read (no OUT_DIR), by hand:

    echo '{"struct": "<IhB", "dir": "/tmp/out"}' | python3 spark/src/test/python/gen_records.py --read

Standard input: one JSON object per line:
  struct   the record format, in CPython struct syntax
  dir      the directory the write made: its files in name order, but those whose names start
           with '_' or '.' (_SUCCESS, checksums), which Spark's readers skip too
  rows     optional: the DataFrame's rows, each the list of its values in struct order (nested
           structs and arrays unrolled): integers as JSON numbers, booleans as JSON booleans,
           floats by their bits, as {"f32": 8 hex digits} or {"f64": 16}, big-endian (a NaN
           keeps its sign and payload), bytes as {"b": hex}

Standard output:
  rec<TAB>index<TAB>hex<TAB>values   each record of the files: its bytes in hex, and the values
                                     struct.iter_unpack reads from them, as above
  pack<TAB>index<TAB>hex             each row: the bytes struct.pack makes of its values
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


def value(v):
    if isinstance(v, dict):
        if "b" in v:
            return bytes.fromhex(v["b"])
        return struct.unpack(">f", bytes.fromhex(v["f32"]))[0] if "f32" in v else \
            struct.unpack(">d", bytes.fromhex(v["f64"]))[0]
    return v


def read(spec):
    s = struct.Struct(spec["struct"])
    names = sorted(n for n in os.listdir(spec["dir"]) if not n.startswith(("_", ".")))
    data = b""
    for n in names:
        with open(os.path.join(spec["dir"], n), "rb") as f:
            data += f.read()
    for i, values in enumerate(s.iter_unpack(data)):
        raw = data[i * s.size:(i + 1) * s.size]
        print("rec\t%d\t%s\t%s" % (i, raw.hex(), " ".join(token(v) for v in values)))
    for i, row in enumerate(spec.get("rows", [])):
        print("pack\t%d\t%s" % (i, s.pack(*[value(v) for v in row]).hex()))


def main():
    for line in sys.stdin:
        if line.strip():
            if sys.argv[1] == "--read":
                read(json.loads(line))
            else:
                write(sys.argv[1], json.loads(line))


if __name__ == "__main__":
    main()
