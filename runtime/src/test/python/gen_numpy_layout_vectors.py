#!/usr/bin/env python3.11
"""NumPy record layouts for RecordArray: which struct formats read NumPy's records, with NumPy as the truth.

A record array over an exporter takes the exporter's items when they hold the record's values at
the record's offsets, whatever the spelling: NumPy exports structured dtypes as PEP 3118 formats
('T{=I:id:h:delta:B:flags:}', 'T{i:a:xxxxd:b:}' with an itemsize past the format's end for
aligned or offset dtypes). For each dtype this script builds, from the dtype's fields alone (names,
offsets, kinds, byte orders; not from the buffer format), a plain struct format that reads the same
values, and one that does not (a field's byte order flipped). It records NumPy's memoryview format,
itemsize and bytes for three records, and the values CPython's struct.unpack reads from those bytes
with the plain format. Run from the repository root:

    python3.11 runtime/src/test/python/gen_numpy_layout_vectors.py

Line format (tab-separated):
    NAME  NUMPY_FORMAT  ITEMSIZE  STRUCT  PADDED  OTHER  HEX  VALUES
STRUCT: the values' layout as struct tokens, space-separated, each value with its byte order
('<I <h <B', '2x <H'); joined, a format of the PEP 3118 dialect; it ends at the last value.
PADDED: STRUCT with pad bytes up to ITEMSIZE (equal to STRUCT when there is no trailing pad).
OTHER: STRUCT with the first multi-byte number's byte order flipped (values elsewhere).
HEX: the three records' bytes. VALUES: struct.iter_unpack(STRUCT-as-read-per-item) values,
records separated by ';', values by ','; bools as 0/1, floats as 'f' and the bits of the
double they widen to, as a signed 64-bit integer, strings as 'x' and their hex.
"""
import os
import struct

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "vectors", "numpy", "layouts.tsv")
KINDS = {("i", 1): "b", ("i", 2): "h", ("i", 4): "i", ("i", 8): "q",
         ("u", 1): "B", ("u", 2): "H", ("u", 4): "I", ("u", 8): "Q",
         ("f", 2): "e", ("f", 4): "f", ("f", 8): "d", ("b", 1): "?"}

DTYPES = {
    "packed": [("id", "<u4"), ("delta", "<i2"), ("flags", "u1")],
    "aligned": np.dtype([("id", "<u4"), ("delta", "<i2"), ("flags", "u1")], align=True),
    "offsets": {"names": ["a", "b"], "formats": ["<i4", "<f8"], "offsets": [0, 8], "itemsize": 24},
    "big-endian": [("id", ">u4"), ("value", ">f8"), ("n", ">i2")],
    "mixed-orders": [("x", "<i4"), ("y", ">i4"), ("z", "<u2")],
    "subarray": [("pos", "<f4", (3,)), ("id", "<i8")],
    "subarray-2d": [("m", "<i2", (2, 3)), ("k", "u1")],
    "nested": [("inner", [("a", "u1"), ("b", "<u2")]), ("z", "<i4")],
    "nested-aligned": np.dtype([("inner", [("a", "u1"), ("b", "<u4")]), ("z", "<i2")], align=True),
    "unnamed": [("x", "<i4"), ("", "<i2")],
    "gaps": {"names": ["p", "q"], "formats": ["<u2", "<u2"], "offsets": [2, 8], "itemsize": 12},
    "bools-halves": [("ok", "?"), ("h", "<f2"), ("w", "<u8")],
    "doubles-aligned": np.dtype([("c", "u1"), ("d", "<f8"), ("e", "u1")], align=True),
    # NumPy writes no byte order on single bytes and strings: 'T{B:flag:>I:value:}'.
    "big-endian-byte-first": [("flag", "u1"), ("value", ">u4")],
    "big-endian-strings": [("tag", "S3"), ("n", ">u2"), ("ok", "?")],
    "string-subarray": [("names", "S3", (2,)), ("k", "<u2")],
}


def leaves(dtype, base=0):
    """(offset, dtype) of every scalar value, in offset order."""
    if dtype.fields is None:
        if dtype.subdtype is not None:
            sub, shape = dtype.subdtype
            n = int(np.prod(shape))
            return [(base + i * sub.itemsize, sub) for i in range(n) for _ in [0]]
        return [(base, dtype)]
    out = []
    for name in dtype.names:
        field, offset = dtype.fields[name][:2]
        out.extend(leaves(field, base + offset))
    return sorted(out, key=lambda t: t[0])


def code(dt):
    return f"{dt.itemsize}s" if dt.kind == "S" else KINDS[(dt.kind, dt.itemsize)]


def order(dt):
    return ">" if dt.byteorder == ">" else "<"   # '=' and '|' are this little-endian machine's


def plain(dtype, flip=False):
    """A standard-size struct format, each value with its own byte order, pads between."""
    parts, at, flipped = [], 0, False
    for offset, dt in leaves(dtype):
        if offset > at:
            parts.append(f"{offset - at}x")
        o = order(dt)
        if flip and not flipped and dt.itemsize > 1 and dt.kind != "S":
            o, flipped = ("<" if o == ">" else ">"), True
        parts.append(o + code(dt))
        at = offset + dt.itemsize
    return " ".join(parts), at


def values_of(fmt, data, itemsize):
    """CPython's values of each item, read with a format whose byte orders vary per value."""
    items = []
    for start in range(0, len(data), itemsize):
        vals, at = [], start
        for token in fmt.split(" "):
            if token.endswith("x"):
                at += int(token[:-1])
                continue
            (v,) = struct.unpack_from(token, data, at)
            at += struct.calcsize(token)
            vals.append(f"f{struct.unpack('<q', struct.pack('<d', v))[0]}" if isinstance(v, float)
                        else "x" + v.hex() if isinstance(v, bytes) else str(int(v)))
        items.append(",".join(vals))
    return ";".join(items)


def fill(arr):
    """Distinct values in every scalar of three records, through NumPy's own assignment."""
    raw = arr.view(np.uint8).reshape(len(arr), -1)
    for i in range(raw.shape[0]):
        for j in range(raw.shape[1]):
            raw[i, j] = (i * 37 + j * 11 + 5) % 251
    for offset, dt in leaves(arr.dtype):
        if dt.kind == "b":
            raw[:, offset] = raw[:, offset] % 2
        if dt.kind == "f" and dt.itemsize == 2:
            raw[:, offset + (1 if order(dt) == "<" else 0)] &= 0x3B   # finite halves


def main():
    lines = []
    for name, spec in DTYPES.items():
        dtype = np.dtype(spec)
        arr = np.zeros(3, dtype)
        fill(arr)
        view = memoryview(arr)
        fmt, end = plain(dtype)
        pad = dtype.itemsize - end
        padded = fmt + (f" {pad}x" if pad else "")
        other, _ = plain(dtype, flip=True)
        data = arr.tobytes()
        lines.append("\t".join([name, view.format, str(view.itemsize), fmt, padded, other, data.hex(),
                                values_of(fmt, data, dtype.itemsize)]))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        f.write("# made by runtime/src/test/python/gen_numpy_layout_vectors.py with NumPy "
                + np.__version__ + "; see the script for the columns\n")
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
