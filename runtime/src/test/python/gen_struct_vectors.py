#!/usr/bin/env python3.13
"""Generates the struct differential vectors that StructVectorTest replays.

Run with CPython 3.13 from the repository root:

    python3.13 runtime/src/test/python/gen_struct_vectors.py

It rewrites runtime/src/test/resources/vectors/struct/*.tsv. Output is deterministic for a given
CPython build (fixed seeds). Every line is one case that CPython itself ran; nothing is computed
by hand.

Line format (tab-separated):

    calcsize     FMT                       RESULT
    pack         FMT  VALUES               RESULT     OK payload: packed bytes
    unpack       FMT  BYTES                RESULT     OK payload: values
    unpack_from  FMT  BYTES  OFFSET        RESULT     OK payload: values
    pack_into    FMT  BYTES  OFFSET VALUES RESULT     OK payload: the whole buffer afterwards
    iter_unpack  FMT  BYTES                RESULT     OK payload: "n:" then n records, ';'-separated

RESULT is either "OK<TAB>payload" or "ERR<TAB>exception type<TAB>message".

FMT is "s:" + the format when it is printable ASCII, else "x:" + hex of its UTF-8 bytes.
BYTES is hex ('-' when empty, 'N' for None). VALUES are ','-separated tokens ('-' when empty):
    i<decimal>   int            T / F   bool         d<16 hex>  float (IEEE 754 binary64 bits)
    b<hex>       bytes          N       None         u<hex>     str (UTF-8 hex)
    o            a plain object()
"""

import os
import random
import struct
import sys

OUT_DIR = os.path.join(os.path.dirname(__file__), "..", "resources", "vectors", "struct")

PREFIXES = ["", "@", "=", "<", ">", "!"]
STANDARD_CODES = "xcbB?hHiIlLqQefdsp"
NATIVE_CODES = STANDARD_CODES + "nNP"
INT_CODES = "bBhHiIlLqQnNP"
WHITESPACE = " \t\n\r\x0b\x0c"


# ---------------------------------------------------------------------------------------------
# Encoding


def enc_format(fmt):
    if all(0x20 <= ord(c) < 0x7F for c in fmt):
        return "s:" + fmt
    return "x:" + fmt.encode("utf-8").hex()


def enc_bytes(b):
    if b is None:
        return "N"
    return bytes(b).hex() if len(b) else "-"


def enc_value(v):
    if v is True:
        return "T"
    if v is False:
        return "F"
    if v is None:
        return "N"
    if isinstance(v, int):
        return "i%d" % v
    if isinstance(v, float):
        return "d" + struct.pack(">d", v).hex()
    if isinstance(v, (bytes, bytearray)):
        return "b" + bytes(v).hex()
    if isinstance(v, str):
        return "u" + v.encode("utf-8").hex()
    if type(v) is object:
        return "o"
    raise TypeError("cannot encode %r" % (v,))


def enc_values(vs):
    return ",".join(enc_value(v) for v in vs) if len(vs) else "-"


def enc_error(e):
    name = "struct.error" if isinstance(e, struct.error) else type(e).__name__
    return "ERR\t%s\t%s" % (name, str(e).replace("\t", " ").replace("\n", " "))


class Writer:
    def __init__(self, name):
        self.name = name
        self.lines = []

    def add(self, *cols):
        self.lines.append("\t".join(cols))

    def comment(self, text):
        self.lines.append("# " + text)

    # One method per operation: each runs CPython and records what it did.

    def calcsize(self, fmt):
        try:
            r = "OK\t%d" % struct.calcsize(fmt)
        except Exception as e:
            r = enc_error(e)
        self.add("calcsize", enc_format(fmt), r)

    def pack(self, fmt, values):
        try:
            r = "OK\t" + enc_bytes(struct.pack(fmt, *values))
        except Exception as e:
            r = enc_error(e)
        self.add("pack", enc_format(fmt), enc_values(values), r)

    def unpack(self, fmt, data):
        try:
            r = "OK\t" + enc_values(struct.unpack(fmt, data))
        except Exception as e:
            r = enc_error(e)
        self.add("unpack", enc_format(fmt), enc_bytes(data), r)

    def unpack_from(self, fmt, data, offset):
        try:
            r = "OK\t" + enc_values(struct.unpack_from(fmt, data, offset))
        except Exception as e:
            r = enc_error(e)
        self.add("unpack_from", enc_format(fmt), enc_bytes(data), str(offset), r)

    def pack_into(self, fmt, data, offset, values):
        buf = None if data is None else bytearray(data)
        try:
            struct.pack_into(fmt, buf, offset, *values)
            r = "OK\t" + enc_bytes(self._within_record(fmt, data, offset, values, buf))
        except Exception as e:
            r = enc_error(e)
        self.add("pack_into", enc_format(fmt), enc_bytes(data), str(offset), enc_values(values), r)

    def _within_record(self, fmt, before, offset, values, after):
        """CPython 3.11-3.13 write one byte past a trailing '0p' item; structview does not.

        Such cases record the buffer with only the record written, and say so in a comment."""
        size = struct.calcsize(fmt)
        start = offset + len(before) if offset < 0 else offset
        spliced = bytearray(before)
        spliced[start:start + size] = struct.pack(fmt, *values)
        if spliced != after:
            self.comment("deviation: CPython wrote outside the record (%s); expected is the record "
                         "alone" % enc_bytes(after))
        return spliced

    def iter_unpack(self, fmt, data):
        try:
            recs = [enc_values(r) for r in struct.iter_unpack(fmt, data)]
            r = "OK\t%d:%s" % (len(recs), ";".join(recs))
        except Exception as e:
            r = enc_error(e)
        self.add("iter_unpack", enc_format(fmt), enc_bytes(data), r)

    def save(self, seed):
        os.makedirs(OUT_DIR, exist_ok=True)
        path = os.path.join(OUT_DIR, self.name + ".tsv")
        header = [
            "# structview struct vectors: %s" % self.name,
            "# python %s" % sys.version.replace("\n", " "),
            "# generator: runtime/src/test/python/gen_struct_vectors.py (seed %d)" % seed,
            "# cases: %d" % sum(1 for l in self.lines if not l.startswith("#")),
        ]
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(header + self.lines) + "\n")
        return path


# ---------------------------------------------------------------------------------------------
# Value sets


def int_range(prefix, code):
    size = struct.calcsize(prefix + code)
    if code == "P":
        return -(1 << 63), (1 << 64) - 1
    if code in "bhilqn":
        return -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
    return 0, (1 << (8 * size)) - 1


def interesting_ints(lo, hi):
    vals = {lo, hi, 0, 1, -1, lo + 1, hi - 1, hi // 2, lo // 2, 127, 128, 255, 256, -128, -129,
            32767, 32768, 65535, 65536, (1 << 31) - 1, 1 << 31, (1 << 32) - 1, 1 << 32,
            (1 << 63) - 1, 1 << 63, (1 << 64) - 1, -(1 << 63)}
    return sorted(v for v in vals if lo <= v <= hi)


def out_of_range_ints(lo, hi):
    return [lo - 1, hi + 1, hi + 1000, lo - (1 << 70), 1 << 100, -(1 << 100)]


EDGE_DOUBLES = [
    0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 65504.0, 65519.99, -65504.0, 65519.0,
    2.0 ** -14, 2.0 ** -24, 2.0 ** -25, 2.0 ** -25 + 2.0 ** -35, 2.0 ** -26, 3 * 2.0 ** -25,
    2.0 ** -24 * 1.5, 2.0 ** -24 * 2.5, 6.103515625e-05, 6.097555160522461e-05,
    0x1ffdffffff * 2.0 ** -26, 0x1ffe000000 * 2.0 ** -26, 1.0009765625, 1.00048828125,
    1.000732421875, 1.000244140625, 2049.0, 2051.0, 4097.0, 3.4028234663852886e38,
    float.fromhex("0x1.fffffefffffffp+127"), float.fromhex("0x1.fffffep+127"),
    1.401298464324817e-45, 7.006492321624085e-46, 7.006492321624087e-46, 1.1754943508222875e-38,
    float.fromhex("0x1.000001p+0"), float.fromhex("0x1.0000010000001p+0"),
    float.fromhex("0x1.0000030000000p+0"), 1e-300, 5e-324, 1.7976931348623157e308, 3.14159,
    -3.14159, 1e10, 1e-10, 0.1, 123456.789,
    float("inf"), float("-inf"), float("nan"), -float("nan"),
]

NAN_BITS = [0x7FF8000000000000, 0xFFF8000000000000, 0x7FF0000000000001, 0x7FF4000000000000,
            0x7FFFFFFFFFFFFFFF, 0xFFF0000020000000, 0x7FF8000020000000, 0x7FF00000DEADBEEF,
            0x7FFC000000000001, 0xFFFFFFFFFFFFFFFF]


def bits_to_double(b):
    return struct.unpack(">d", b.to_bytes(8, "big"))[0]


TRUTHY_PROBES = [None, True, False, 0, 1, -5, 1 << 70, 0.0, -0.0, float("nan"), 2.5, b"", b"\x00",
                 b"ab", "", "a", object()]

WRONG_TYPES = [None, 1.5, "1", b"1", object()]


# ---------------------------------------------------------------------------------------------
# Categories


def gen_codes(w, rng):
    """Every code under every prefix: edge values packed and unpacked, and their errors."""
    for prefix in PREFIXES:
        codes = NATIVE_CODES if prefix in ("", "@") else STANDARD_CODES
        for code in codes:
            fmt = prefix + code
            w.calcsize(fmt)
            w.calcsize(prefix + "3" + code)
            w.calcsize(prefix + "0" + code)
            if code in INT_CODES:
                lo, hi = int_range(prefix, code)
                for v in interesting_ints(lo, hi):
                    w.pack(fmt, [v])
                w.pack(fmt, [True])
                w.pack(fmt, [False])
                for v in out_of_range_ints(lo, hi):
                    w.pack(fmt, [v])
                for v in WRONG_TYPES:
                    w.pack(fmt, [v])
                size = struct.calcsize(fmt)
                for _ in range(6):
                    w.unpack(fmt, bytes(rng.randrange(256) for _ in range(size)))
                w.unpack(fmt, b"\xff" * size)
                w.unpack(fmt, b"\x80" + b"\x00" * (size - 1))
                w.unpack(fmt, b"\x00" * (size - 1) + b"\x80")
                w.pack(prefix + "3" + code, [lo, 0, hi])
            elif code in "efd":
                for v in EDGE_DOUBLES:
                    w.pack(fmt, [v])
                    w.pack(fmt, [-v])
                for b in NAN_BITS:
                    w.pack(fmt, [bits_to_double(b)])
                for v in [0, 1, -7, 70000, 10 ** 39, -(10 ** 39), 10 ** 400, (1 << 53) + 1, True]:
                    w.pack(fmt, [v])
                for v in [None, "1.5", b"x", object()]:
                    w.pack(fmt, [v])
            elif code == "?":
                for v in TRUTHY_PROBES:
                    w.pack(fmt, [v])
                for b in [0, 1, 2, 0x80, 0xFF]:
                    w.unpack(fmt, bytes([b]))
            elif code == "c":
                for v in [b"a", b"\x00", b"\xff", b"", b"ab", "a", 97, None]:
                    w.pack(fmt, [v])
                for b in [0, 0x61, 0xFF]:
                    w.unpack(fmt, bytes([b]))
            elif code == "x":
                w.pack(fmt, [])
                w.pack(fmt, [1])
                w.unpack(fmt, b"\x7f")


def gen_floats(w, rng):
    """e, f and d: exhaustive half unpacks, float bit patterns, random doubles, rounding edges."""
    for prefix in ["<", ">", "@", "="]:
        fe, ff, fd = prefix + "e", prefix + "f", prefix + "d"
        # Every subnormal, infinity and NaN pattern; a stride through the normals.
        stride = 5 if prefix == "<" else 97
        for h in range(0, 1 << 16):
            if (h & 0x7C00) in (0, 0x7C00) if prefix == "<" else h % stride == 0:
                w.unpack(fe, struct.pack(("<" if prefix in "<@=" else ">") + "H", h))
            elif prefix == "<" and h % stride == 0:
                w.unpack(fe, struct.pack("<H", h))
        for _ in range(150):
            x = rng.choice([rng.uniform(-70000, 70000), rng.uniform(-1, 1) * 2.0 ** rng.randint(-30, 16),
                            bits_to_double(rng.getrandbits(64))])
            w.pack(fe, [x])
            w.pack(ff, [x])
            w.pack(fd, [x])
        for _ in range(150):
            w.unpack(ff, rng.getrandbits(32).to_bytes(4, "little"))
            w.unpack(fd, rng.getrandbits(64).to_bytes(8, "little"))
        for b in [0x7F800001, 0x7FC00000, 0xFFC00001, 0x7FBFFFFF, 0x00000001, 0x80000000]:
            w.unpack(ff, struct.pack(prefix[0] + "I" if prefix in "<>" else "=I", b))
    # Halfway cases for e: every tie between neighbouring halves, and a hair either side.
    for _ in range(300):
        h = rng.randrange(0, 0x7BFF)
        lo = struct.unpack("<e", struct.pack("<H", h))[0]
        hi = struct.unpack("<e", struct.pack("<H", h + 1))[0]
        mid = (lo + hi) / 2
        for x in [mid, mid * (1 + 2 ** -50), mid * (1 - 2 ** -50)]:
            w.pack("<e", [x])
            w.pack(">e", [-x])


def random_format(rng, prefix=None, max_items=8):
    if prefix is None:
        prefix = rng.choice(PREFIXES)
    codes = NATIVE_CODES if prefix in ("", "@") else STANDARD_CODES
    parts = []
    for _ in range(rng.randint(0, max_items)):
        code = rng.choice(codes)
        count = rng.choice(["", "", "", "0", "1", "2", "3", "5"])
        if code in "sp":
            count = rng.choice(["", "0", "1", "2", "4", "7", "10"])
        parts.append(rng.choice(["", "", "", " "]) + count + code)
    return prefix + "".join(parts)


def gen_random(w, rng):
    """Random formats over random bytes: unpack, then pack CPython's own values back."""
    for _ in range(1500):
        fmt = random_format(rng)
        size = struct.calcsize(fmt)
        data = bytes(rng.randrange(256) for _ in range(size))
        w.unpack(fmt, data)
        w.pack(fmt, list(struct.unpack(fmt, data)))


def gen_layout(w, rng):
    """calcsize: counts, pads, alignment, the trailing zero-count idiom, whitespace, huge sizes."""
    fixed = ["", "<", "@", "x", "0x", "3x", "xi", "@xi", "<xi", "@llh", "@llh0l", "@b0q", "<b0q",
             "0q", "@be", "@hq0i", "@?0P", "@cd", "@bhilqnNPefd", "=bhilqefd", "@3s i", "@5p q",
             "@c0s", "@ci0c", "@i 2i", "i\t", " i", "\x0bi", "<\ti", "@ b h", "@bH", "@bI", "@bL",
             "@bQ", "@be0e", "@b0d", "@b0f", "@b0n", "@b0N", "@b0P", "@b0?", "@b0c", "@b0s", "@b0p",
             "9223372036854775807b", "9223372036854775806b1b", "@b9223372036854775806x0q",
             "4611686018427387903h", "1152921504606846975q", "@b1152921504606846974q",
             "0000i", "007s", "1000000000000s", "999999999999s", "9223372036854775807x",
             "@7b0q", "@8b0q", "@9b0q", "@1b0h", "@2b0i", "@3b0i", "@5b0i"]
    for f in fixed:
        w.calcsize(f)
    for _ in range(400):
        w.calcsize(random_format(rng, max_items=12))
    for n in [0, 1, 2, 3, 7, 8, 9, 15, 16, 17]:
        for code in "hiqde":
            w.calcsize("@%db%s" % (n, code))
            w.calcsize("@%db0%s" % (n, code))


def gen_strings(w, rng):
    """s and p: truncation, padding, the p length byte and its clamp, zero counts."""
    for count in [0, 1, 2, 3, 5, 10, 255, 256, 257, 300]:
        for n in [0, 1, 2, count - 1, count, count + 1, 300]:
            if n < 0:
                continue
            data = bytes(rng.randrange(1, 256) for _ in range(n))
            for code in "sp":
                w.pack("%d%s" % (count, code), [data])
        for code in "sp":
            w.pack("%d%s" % (count, code), [bytearray(b"xy")])
            for bad in ["ab", 5, None, object()]:
                w.pack("%d%s" % (count, code), [bad])
    for count in [0, 1, 2, 3, 5, 10, 300]:
        for first in [0, 1, 2, count - 1 if count else 0, count, 200, 255]:
            rest = bytes(rng.randrange(256) for _ in range(max(count - 1, 0)))
            data = (bytes([first & 0xFF]) + rest)[:count]
            w.unpack("%dp" % count, data)
            w.unpack("%ds" % count, data)
    w.pack("s", [b"abc"])
    w.pack("p", [b"abc"])
    w.pack("0s0p", [b"abc", b"abc"])
    w.pack("2s0sc", [b"ab", b"", b"c"])
    w.unpack("0s0p", b"")


def gen_offsets(w, rng):
    """unpack_from and pack_into: offsets positive and negative, in range and not."""
    for fmt in ["<i", "<IhB", "@bq", ">3H", "0i", "", "<10s", "5p", "@?d"]:
        size = struct.calcsize(fmt)
        for length in [0, size, size + 3, 2 * size + 5]:
            data = bytes(rng.randrange(256) for _ in range(length))
            for off in sorted({0, 1, 3, size, length, length - size, length + 1, -1, -size, -length,
                               -length - 1, -size - 1, 1 << 40, -(1 << 40), (1 << 63) - 1,
                               -(1 << 63)}):
                w.unpack_from(fmt, data, off)
                vals = list(struct.unpack(fmt, bytes(rng.randrange(256) for _ in range(size))))
                w.pack_into(fmt, data, off, vals)
    for _ in range(300):
        fmt = random_format(rng, max_items=5)
        size = struct.calcsize(fmt)
        length = size + rng.randint(0, 12)
        data = bytes(rng.randrange(256) for _ in range(length))
        off = rng.randint(-length - 2, length + 2)
        vals = list(struct.unpack(fmt, bytes(rng.randrange(256) for _ in range(size))))
        w.unpack_from(fmt, data, off)
        w.pack_into(fmt, data, off, vals)
    # A trailing 0p: CPython writes one byte past the record; structview does not (see the comment).
    w.pack_into("0p", b"zzzz", 1, [b"abc"])
    w.pack_into("B0p", b"zzzz", 0, [1, b"abc"])
    w.pack_into("0p", b"z", -1, [b""])
    # Bad values must leave the buffer alone in structview; CPython's error is what is recorded.
    w.pack_into("<ii", bytes(8), 0, [1, 1 << 40])
    w.pack_into("<ii", bytes(8), 0, [1])
    w.pack_into("<ii", bytes(8), 0, [1, 2, 3])
    w.pack_into("<4s", bytes(8), 2, ["str"])


def gen_iter(w, rng):
    """iter_unpack: whole numbers of records, leftovers, empty buffers, zero-size formats."""
    for fmt in ["<i", "<IhB", "@bq", "3s", "<?", "", "<", "0i", "@0q", "<e", "5p"]:
        size = struct.calcsize(fmt)
        for n in [0, 1, 2, 5]:
            w.iter_unpack(fmt, bytes(rng.randrange(256) for _ in range(size * n)))
        if size:
            w.iter_unpack(fmt, bytes(size * 2 + 1))
            w.iter_unpack(fmt, bytes(max(size - 1, 0)))
    for _ in range(150):
        fmt = random_format(rng, max_items=4)
        size = struct.calcsize(fmt)
        n = rng.randint(0, 4)
        extra = rng.choice([0, 0, 0, 1])
        w.iter_unpack(fmt, bytes(rng.randrange(256) for _ in range(size * n + extra)))


def gen_errors(w, rng):
    """Bad formats and bad calls: each recorded with CPython's exception type and message."""
    bad_formats = ["3", "i3", "14s42", "<2", "<<i", "i<", " <i", "3 i", "2\ti", "<n", "=N", ">P",
                   "!n", "z", "T{i}", "i\x00", "\x00", "z\x00", "\u00e9", "i\u00e9", "\u00e9\x00",
                   "9223372036854775808b", "99999999999999999999999b", "99999999999999999999z",
                   "9223372036854775807x1b", "4611686018427387904h", "@b9223372036854775806x0q",
                   "-1i", "+1i", "1_0i", "i:x:", "(2)i", "^i", "&i", "Zd", "g", "O", "u", "w",
                   "t", "X{}", "1 ", "0 ", "i 3", "<i@", "@@", "==i", "i!", "3<", "{", "}", "x0",
                   "1000000000000000000000", "@@i", "< <", "l\x00l"]
    for f in bad_formats:
        w.calcsize(f)
    printable = [chr(c) for c in range(0x21, 0x7F)]
    for c in printable:
        if c not in NATIVE_CODES and not c.isdigit():
            w.calcsize("<i" + c)
            w.calcsize(c + "i")
    for c in "nNP":
        for p in "=<>!":
            w.calcsize(p + "i" + c)
    for _ in range(60):
        f = random_format(rng, max_items=4)
        pos = rng.randint(0, len(f))
        w.calcsize(f[:pos] + rng.choice("zZ{}:^&$%#aAjJkKmMoOrRtTuUvVwWyY") + f[pos:])
    # Wrong value counts.
    for fmt, n in [("<ii", 1), ("<ii", 3), ("", 1), ("x", 1), ("3s", 3), ("3s", 0), ("2p2s", 1),
                   ("0i", 1), ("<3h", 2), ("<3h", 4), ("@?x?", 1)]:
        w.pack(fmt, list(range(n)))
    # Wrong lengths for unpack.
    for fmt in ["<i", "<IhB", "", "@bq", "3s"]:
        size = struct.calcsize(fmt)
        for n in [0, size - 1, size + 1, 2 * size + 1]:
            if n >= 0 and n != size:
                w.unpack(fmt, bytes(n))
    # The first bad value wins, left to right.
    w.pack("<bbb", [1, 300, "x"])
    w.pack("<bbb", [1, "x", 300])
    w.pack("<?e3sf", [None, 1e6, b"abc", 1e300])
    w.pack("<qQ", [-1, -1])
    w.unpack("<i", None)
    w.unpack_from("<i", None, 0)
    w.pack_into("<i", None, 0, [1])
    w.iter_unpack("<i", None)
    w.iter_unpack("", None)


GENERATORS = [
    ("codes", gen_codes, 20241121),
    ("floats", gen_floats, 31337),
    ("random", gen_random, 4242),
    ("layout", gen_layout, 7),
    ("strings", gen_strings, 99),
    ("offsets", gen_offsets, 2718),
    ("iter", gen_iter, 1618),
    ("errors", gen_errors, 404),
]


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit("run this with CPython 3.13: the vectors record its behaviour (got %s)" % sys.version)
    total = errors = 0
    for name, gen, seed in GENERATORS:
        w = Writer(name)
        gen(w, random.Random(seed))
        path = w.save(seed)
        cases = [l for l in w.lines if not l.startswith("#")]
        total += len(cases)
        errors += sum(1 for l in cases if "\tERR\t" in l)
        print("%-8s %6d cases -> %s" % (name, len(cases), os.path.normpath(path)))
    print("total    %6d cases, %d of them errors" % (total, errors))


if __name__ == "__main__":
    main()
