#!/usr/bin/env python3.13
"""Writes the vectors that the generated-view tests replay: for every test interface in
samples/src/test/java/dev/structview/samples/views/, what CPython's struct packs and unpacks.

Run from the repository root:  python3.13 samples/src/test/python/gen_view_vectors.py

It rewrites samples/src/test/resources/dev/structview/samples/views/<Interface>.tsv (one file per
interface) and slices.tsv. Output is deterministic (a fixed seed per interface). Every value and
every byte is what CPython 3.13 computed; nothing is computed by hand.

Header lines of an interface file (tab-separated):

    view     Interface name
    classes  the interface's binary name and the generated class's simple name
    format   the @BufferFormat string (the generated FORMAT)
    struct   the format CPython packed with: the same, or its flat equivalent for nested structs and
             subarrays. "^" formats, and formats that change byte order midway, are packed item by
             item (each with its own order; "^" items with "@") and concatenated.
    size     struct.calcsize of it
    charset  the charset of String accessors
    prop     NAME  JAVA-TYPE  KIND  ELEMENT  COUNT  DIMS  OFFSET
             one per property, in format order. KIND is scalar, array or text; ELEMENT is the
             struct code with its byte order (as "<I"); COUNT the values an array holds (1 for
             scalars, the byte count for text); DIMS "2x3" for subarrays ("-" otherwise); OFFSET
             the property's byte offset in the record. A dotted NAME ("pos.x", "pts[1].y") is read
             through nested views.

Cases (the tests rely on their order: the first seven read cases are records of one repeated byte,
00 ff 80 7f 01 55 aa, the next ones random bytes; then each write is followed by a read of its
bytes; then the set and error cases, property by property):

    read   BYTES  TOKEN...                  CPython's struct.unpack of BYTES, one token a property
    write  BYTES  TOKEN...                  the property values, and struct.pack of them
    set    NAME  INDEX  TOKEN  READ  BYTES  a record of zeros with one value (or array element
                                            INDEX) set: struct.pack's bytes, and what reads back
    error  NAME  INDEX  TOKEN  MESSAGE      a value struct.pack refuses, with CPython's message
                                            ("-" when struct has no message: see CHAR_ERRORS)

Tokens are Java values: integers in decimal (raw-bits types such as byte for 'B' give the signed
reinterpretation that struct.unpack of the same bytes with the signed code of that size gives);
char as its decimal code; booleans true/false; BigInteger in decimal; an s or p value as byte[] in
hex, or as String in the hex of its UTF-8 bytes ("-" when empty); arrays of numbers as ','-joined
elements. Floats are IEEE bits in
hex: in read and READ columns always the 16-digit binary64 bits of the value CPython unpacked (a
Java float is compared after widening, as C widens); as inputs, 8 digits for a Java float (the
bits of CPython's own (float) narrowing of the value) and 16 for a double.

slices.tsv lists, for 7 records, Python slices (some applied to a slice) with the indices they keep
of range(7), and the shape and strides (in items) that memoryview gives the result.
"""

import ctypes
import math
import os
import random
import re
import struct
import sys
import zlib

ROOT = os.path.join(os.path.dirname(__file__), "..")
OUT_DIR = os.path.join(ROOT, "resources", "dev", "structview", "samples", "views")

# A Java char is one UTF-16 unit; the struct module has no message for a character beyond one byte
# (Python would fail earlier, encoding it), so those cases only expect IllegalArgumentException.
CHAR_ERRORS = [0x100, 0x3A9, 0xFFFF]

JAVA_INT_RANGE = {
    "byte": (-(1 << 7), (1 << 7) - 1),
    "short": (-(1 << 15), (1 << 15) - 1),
    "char": (0, (1 << 16) - 1),
    "int": (-(1 << 31), (1 << 31) - 1),
    "long": (-(1 << 63), (1 << 63) - 1),
}
JAVA_INT_BYTES = {"byte": 1, "short": 2, "char": 2, "int": 4, "long": 8}
SIGNED_OF_SIZE = {1: "b", 2: "h", 4: "i", 8: "q"}
INT_CODES = "bBhHiIlLqQnNP"
ITEM = re.compile(r"\s*(\d*)([xcbB?hHiIlLqQnNefdspP])")


class Prop:
    """A property of a test interface: its name and Java type as the interface declares them."""

    def __init__(self, name, jtype, kind="scalar", dims=None):
        self.name, self.jtype, self.kind, self.dims = name, jtype, kind, dims
        self.elem = self.code = None
        self.count = 1
        self.slot = self.offset = None

    @property
    def element_type(self):
        return self.jtype[:-2] if self.kind == "array" else self.jtype


class View:
    """A test interface: its format, the struct format CPython packs it with, and its properties."""

    def __init__(self, name, fmt, props, struct_fmt=None, charset="ISO-8859-1", nested=None, classes=None):
        self.name, self.format, self.props, self.charset = name, fmt, props, charset
        # the interface's binary name and the generated class's name, in the test package
        self.classes = classes or (name, name + "View")
        self.struct = struct_fmt or fmt
        # "^" formats, and formats that change byte order midway (PEP 3118), are packed item by
        # item with each item's own order ("^" as "@": native sizes, no alignment between items).
        self.concat = self.struct.startswith("^") or any(c in self.struct[1:] for c in "@=<>!^")
        self.nested = nested  # a ctypes layout check for nested structs, run before writing
        self.items = self._items()
        self.size = self._item_offset(len(self.items)) if self.concat else struct.calcsize(self.struct)
        self.slots = []  # per flat value: the prop (and element) it belongs to, or a fixed value
        self._bind()

    def _items(self):
        order, items, pos = "@", [], 0
        body = self.struct.rstrip()
        while pos < len(body):
            if body[pos] in "@=<>!^":
                order = "@" if body[pos] == "^" else body[pos]
                assert self.concat or pos == 0, self.struct
                pos += 1
                continue
            m = ITEM.match(body, pos)
            assert m, (self.struct, pos)
            items.append((order + m.group(2), int(m.group(1) or "1")))
            pos = m.end()
        return items

    def _item_offset(self, k):
        """Where item k starts: as struct lays it out (a zero count aligns), or after the items
        before it for a "^" format, whose items are packed one by one."""
        if self.concat:
            return sum(struct.calcsize("%s%d%s" % (e[0], n, e[1])) for e, n in self.items[:k])
        prefix = "".join("%d%s" % (n, e[1]) for e, n in self.items[:k])
        e = self.items[k][0]
        return struct.calcsize(e[0] + prefix + "0" + e[1])

    def _bind(self):
        props = iter(self.props)
        for k, (elem, n) in enumerate(self.items):
            code = elem[1]
            base = self._item_offset(k)
            if code == "x":
                continue
            if code in "sp":  # one value, even for a zero count: struct packs and unpacks b""
                p = next(props)
                p.elem, p.code, p.count, p.offset = elem, code, n, base
                assert p.kind == "text", p.name
                p.slot = len(self.slots)
                self.slots.append(("prop", p, 0))
                continue
            step = struct.calcsize(elem)
            taken = 0
            while taken < n:
                p = next(props)
                p.elem, p.code, p.offset = elem, code, base + taken * step
                p.slot = len(self.slots)
                if p.kind == "array":
                    assert taken == 0
                    p.count = n
                    if p.dims:
                        assert math.prod(p.dims) == n
                    for i in range(n):
                        self.slots.append(("prop", p, i))
                    taken = n
                else:
                    self.slots.append(("prop", p, 0))
                    taken += 1
        assert next(props, None) is None, "more properties than fields in " + self.name

    # ---- CPython ------------------------------------------------------------------------------

    def pack(self, values):
        if not self.concat:
            return struct.pack(self.struct, *values)
        out, it = b"", iter(values)
        for elem, n in self.items:
            fmt = elem[0] + "%d%s" % (n, elem[1])
            k = 0 if elem[1] == "x" else 1 if elem[1] in "sp" else n
            out += struct.pack(fmt, *[next(it) for _ in range(k)])
        return out

    def unpack(self, data):
        if not self.concat:
            return list(struct.unpack(self.struct, data))
        out, pos = [], 0
        for elem, n in self.items:
            fmt = elem[0] + "%d%s" % (n, elem[1])
            size = struct.calcsize(fmt)
            out += struct.unpack(fmt, data[pos:pos + size])
            pos += size
        return out

    def prop_values(self, flat, p):
        vs = flat[p.slot:p.slot + (p.count if p.kind == "array" else 1)]
        return vs if p.kind == "array" else vs[0]

    def zeros(self):
        return [zero(s[1]) for s in self.slots]

    def flat(self, values):
        """Flattens per-property values (arrays as lists) into struct's argument list."""
        out = []
        for s in self.slots:
            v = values[s[1].name]
            out.append(v[s[2]] if s[1].kind == "array" else v)
        return out


def zero(p):
    code = p.code
    if code in "sp":
        return b""
    if code == "c":
        return b"\0"
    if code == "?":
        return False
    if code in "efd":
        return 0.0
    return 0


# ---- tokens --------------------------------------------------------------------------------------


def int_range(elem):
    code, bits = elem[1], 8 * struct.calcsize(elem)
    if code in "bhilqn":
        return -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    return 0, (1 << bits) - 1


def is_raw(p):
    """Whether the Java type holds the raw bits of an unsigned code (a signed type of its width)."""
    return (p.code in "BHILQNP" and p.element_type in ("byte", "short", "int", "long")
            and JAVA_INT_BYTES[p.element_type] == struct.calcsize(p.elem))


def int_token(p, v, packed):
    """The Java value of an integer struct packed as `packed` (raw types reinterpret the bytes)."""
    if is_raw(p):
        return str(struct.unpack(p.elem[0] + SIGNED_OF_SIZE[len(packed)], packed)[0])
    return str(v)


def elem_token(p, v, reading, charset):
    t = p.element_type
    code = p.code
    if code in INT_CODES:
        return int_token(p, v, struct.pack(p.elem, v)) if is_raw(p) else str(v)
    if code == "?":
        return "true" if v else "false"
    if code == "c":
        return str(struct.unpack("b", v)[0]) if t == "byte" else str(v[0])
    if code in "efd":
        if reading or t == "double":
            return struct.pack(">d", v).hex()
        return struct.pack(">f", v).hex()
    if code in "sp":
        if t == "byte[]":
            return v.hex() or "-"
        text = v.split(b"\0", 1)[0] if code == "s" else v
        return text.decode(charset, "replace").encode("utf-8").hex() or "-"
    raise ValueError(code)


def token(view, p, v, reading):
    if p.kind == "array":
        return ",".join(elem_token(p, e, reading, view.charset) for e in v)
    return elem_token(p, v, reading, view.charset)


def string_input_token(s):
    return s.encode("utf-8").hex() or "-"


# ---- values --------------------------------------------------------------------------------------


def f32(bits):
    return struct.unpack("<f", struct.pack("<I", bits))[0]


def f64(bits):
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def quiet_f32_bits(bits):
    """A float32 NaN made quiet: a Java float input must be what CPython's (float) cast gives."""
    if (bits >> 23) & 0xFF == 0xFF and bits & 0x7FFFFF:
        bits |= 0x400000
    return bits


class Value:
    """One property value: what struct packs, and the Java input token (text values differ)."""

    def __init__(self, packed, java=None):
        self.packed, self.java = packed, java


def random_value(rng, view, p):
    if p.kind == "array":
        elems = [random_element(rng, view, p) for _ in range(p.count)]
        return [e.packed for e in elems], ",".join(e.java for e in elems)
    e = random_element(rng, view, p)
    return e.packed, e.java


def input_value(view, p, v):
    return Value(v, elem_token(p, v, False, view.charset))


def random_element(rng, view, p):
    code, t = p.code, p.element_type
    if code in INT_CODES:
        lo, hi = int_range(p.elem)
        if code == "P":
            lo = 0
        bits = rng.choice([8, 16, 32, 64])
        v = rng.randint(lo, hi) if rng.random() < 0.6 else max(lo, min(hi, rng.randint(-(1 << bits), 1 << bits)))
        return input_value(view, p, v)
    if code == "?":
        return input_value(view, p, rng.random() < 0.5)
    if code == "c":
        return input_value(view, p, bytes([rng.randrange(256)]))
    if code == "e":
        if t == "double" and rng.random() < 0.5:
            return input_value(view, p, rng.uniform(-65504.0, 65504.0) * rng.choice([1.0, 1e-3, 1e-6]))
        return input_value(view, p, struct.unpack("<e", rng.randbytes(2))[0])
    if code == "f":
        if t == "double" and rng.random() < 0.5:
            return input_value(view, p, rng.uniform(-3.4e38, 3.4e38) * rng.choice([1.0, 1e-20, 1e-40]))
        return input_value(view, p, f32(quiet_f32_bits(rng.getrandbits(32))))
    if code == "d":
        return input_value(view, p, f64(rng.getrandbits(64)))
    if code in "sp":
        n = rng.randint(0, p.count + 2)
        if t == "byte[]":
            return input_value(view, p, rng.randbytes(n))
        s = random_text(rng, n, view.charset)
        return Value(s.encode(view.charset), string_input_token(s))
    raise ValueError(code)


LATIN1 = "abcXYZ019 ~\t\u00e9\u00ff\u00a0\u0080\u00c6"
UNICODE = "ab\u00e9\u20ac\U0001F600\u4e2d"


def random_text(rng, n, charset):
    alphabet = LATIN1 if charset == "ISO-8859-1" else UNICODE
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---- edge values: the candidates each property is set to, one at a time -------------------------


def int_candidates(p):
    lo, hi = int_range(p.elem)
    if p.code == "P":
        lo = -(1 << 63)  # struct accepts a negative pointer, as two's complement
    values = [lo, lo + 1, -1, 0, 1, hi - 1, hi]
    if is_raw(p):
        return [v for v in dict.fromkeys(values) if lo <= v <= hi and (p.code != "P" or v >= 0)]
    t = p.element_type
    jlo, jhi = JAVA_INT_RANGE.get(t, (-(1 << 80), 1 << 80))
    if t == "char":
        jlo, jhi = 0, (1 << 16) - 1
    values += [lo - 1, hi + 1, jlo, jhi, 1 << 63, (1 << 64) - 1, 1 << 64, -(1 << 63) - 1]
    return [v for v in dict.fromkeys(values) if jlo <= v <= jhi]


FLOAT_EDGES_F32 = [
    0x00000000, 0x80000000, 0x00000001, 0x80000001, 0x00800000, 0x7F7FFFFF, 0xFF7FFFFF,
    0x7F800000, 0xFF800000, 0x7FC00000, 0xFFC00000, 0x7FC00001, 0x7FFFFFFF, 0x3EAAAAAB,
    0x33800000, 0x33000000, 0x33400000, 0x387FC000, 0x477FE000, 0x477FEFFF, 0x477FF000, 0x3DCCCCCD,
]
DOUBLE_EDGES = [
    0.0, -0.0, 0.1, -1.5, 1 / 3, 2.0 ** -24, 2.0 ** -25, 2.0 ** -25 + 2.0 ** -60, 3 * 2.0 ** -25,
    0x1FFDFFFFFF * 2.0 ** -26, 65504.0, 65519.99, 65520.0, -65520.0, 1e-46, 1.4e-45, 1e-40,
    3.4028234663852886e38, 3.4028235677973362e38, 3.4028235677973366e38, 3.5e38, 1e300, -1e300,
    sys.float_info.max, sys.float_info.min, 5e-324, math.inf, -math.inf, math.nan, -math.nan,
    f64(0x7FF0000000000001), f64(0x7FF8000020000001), f64(0xFFF4000000000000),
]


def float_candidates(p):
    if p.element_type == "float":
        return [f32(b) for b in FLOAT_EDGES_F32]
    return DOUBLE_EDGES


def candidates(view, p):
    """(packed value, Java input token) pairs for one element of a property."""
    code, t = p.code, p.element_type
    if code in INT_CODES:
        return [input_value(view, p, v) for v in int_candidates(p)]
    if code == "?":
        return [input_value(view, p, v) for v in (False, True)]
    if code == "c":
        return [input_value(view, p, bytes([b])) for b in (0, 0x41, 0x7F, 0x80, 0xE9, 0xFF)]
    if code in "efd":
        return [Value(v, elem_token(p, v, False, view.charset)) for v in float_candidates(p)]
    if code in "sp":
        n = p.count
        lengths = sorted({0, 1, 2, max(0, n - 2), max(0, n - 1), n, n + 1, n + 2}
                         | ({254, 255, 256} if n > 256 else set()))
        rng = random.Random(zlib.crc32((view.name + p.name).encode()))
        out = []
        for k in lengths:
            if t == "byte[]":
                out.append(input_value(view, p, bytes((i * 37 + 1) % 256 for i in range(k))))
            else:
                s = random_text(rng, k, view.charset)
                out.append(Value(s.encode(view.charset), string_input_token(s)))
        if t == "String":
            s = "a\0b"  # a NUL ends the string when read back
            out.append(Value(s.encode(view.charset), string_input_token(s)))
        return out
    raise ValueError(code)


# ---- cases ---------------------------------------------------------------------------------------


class Writer:
    def __init__(self, view):
        self.view = view
        self.lines = []

    def add(self, *cols):
        self.lines.append("\t".join(cols))

    def read(self, data):
        flat = self.view.unpack(data)
        toks = [token(self.view, p, self.view.prop_values(flat, p), True) for p in self.view.props]
        self.add("read", data.hex(), *toks)

    def write(self, values, tokens):
        data = self.view.pack(self.view.flat(values))
        self.add("write", data.hex(), *tokens)
        return data

    def set_or_error(self, p, index, value):
        """Sets one element of a zero record to `value`: a set case, or the error CPython gives."""
        flat = self.view.zeros()
        flat[p.slot + index] = value.packed
        idx = str(index) if p.kind == "array" else "-"
        try:
            data = self.view.pack(flat)
        except (struct.error, OverflowError) as e:
            self.add("error", p.name, idx, value.java, str(e))
            return
        back = self.view.unpack(data)[p.slot + index]
        self.add("set", p.name, idx, value.java, elem_token(p, back, True, self.view.charset), data.hex())

    def save(self, seed):
        v = self.view
        header = [
            "# structview generated-view vectors for %s" % v.name,
            "# python %s" % sys.version.replace("\n", " "),
            "# generator: samples/src/test/python/gen_view_vectors.py (seed %d); do not edit" % seed,
            "# cases: %d" % len(self.lines),
            "view\t" + v.name,
            "format\t" + v.format,
            "struct\t" + v.struct,
            "size\t%d" % v.size,
            "charset\t" + v.charset,
            "classes\t%s\t%s" % v.classes,
        ]
        for p in v.props:
            header.append("\t".join(["prop", p.name, p.jtype, p.kind, p.elem, str(p.count),
                                     "x".join(map(str, p.dims)) if p.dims else "-", str(p.offset)]))
        path = os.path.join(OUT_DIR, v.name + ".tsv")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(header + self.lines) + "\n")
        return path


def edge_indices(p):
    if p.kind != "array":
        return [0]
    return sorted({0, p.count - 1})


def generate(view, writes=24, random_reads=24):
    seed = zlib.crc32(view.name.encode())
    rng = random.Random(seed)
    w = Writer(view)
    for fill in (0x00, 0xFF, 0x80, 0x7F, 0x01, 0x55, 0xAA):
        w.read(bytes([fill]) * view.size)
    for _ in range(random_reads):
        w.read(rng.randbytes(view.size))
    for _ in range(writes):
        values, tokens = {}, []
        for p in view.props:
            packed, java = random_value(rng, view, p)
            values[p.name] = packed
            tokens.append(java)
        w.read(w.write(values, tokens))
    if not any("." in p.name or "[" in p.name for p in view.props):
        for p in view.props:
            for index in edge_indices(p):
                for value in candidates(view, p):
                    w.set_or_error(p, index, value)
                if p.code == "c" and p.element_type == "char":
                    for c in CHAR_ERRORS:
                        w.add("error", p.name, str(index) if p.kind == "array" else "-", str(c), "-")
    return w.save(seed), len(w.lines)


# ---- the test interfaces -------------------------------------------------------------------------


def codes(order):
    """Every code available under `order`, once per Java type it binds to, laid out so that native
    alignment pads before most items."""
    native = order == "@"
    fields = [
        ("c", "chrByte", "byte"), ("h", "i16Short", "short"), ("c", "chrChar", "char"), ("i", "i32Int", "int"),
        ("b", "i8Byte", "byte"), ("q", "i64Long", "long"), ("b", "i8Short", "short"), ("H", "u16Int", "int"),
        ("b", "i8Int", "int"), ("I", "u32Long", "long"), ("b", "i8Long", "long"), ("Q", "u64Long", "long"),
        ("B", "u8Int", "int"), ("l", "lLong", "long"), ("B", "u8Short", "short"), ("L", "ulLong", "long"),
        ("B", "u8Long", "long"), ("n", "ssizeLong", "long"), ("B", "u8Byte", "byte"), ("N", "sizeLong", "long"),
        ("?", "flag", "boolean"), ("P", "ptrLong", "long"), ("x", None, None), ("e", "f16Float", "float"),
        ("3x", None, None), ("f", "f32Float", "float"), ("h", "i16Int", "int"), ("f", "f32Double", "double"),
        ("h", "i16Long", "long"), ("d", "f64Double", "double"), ("H", "u16Long", "long"),
        ("e", "f16Double", "double"), ("H", "u16Char", "char"), ("i", "i32Long", "long"),
        ("H", "u16Short", "short"), ("I", "u32Int", "int"), ("5s", "strBytes", "byte[]"),
        ("6p", "pstrBytes", "byte[]"), ("l", "lInt", "int"), ("L", "ulInt", "int"), ("5s", "strString", "String"),
        ("6p", "pstrString", "String"), ("c", "last", "byte"), ("x", None, None),
    ]
    fmt, props = order, []
    for item, name, jtype in fields:
        code = item[-1]
        if not native and code in "nNP" or native and name in ("lInt", "ulInt"):
            continue  # n N P are native only; native l and L are 8 bytes, standard ones 4
        fmt += item
        if name:
            props.append(Prop(name, jtype, "text" if code in "sp" else "scalar"))
    if native:
        fmt += "0q"  # pads the record to a multiple of 8, as C pads a struct ending in a long long
    return fmt, props


def nested_layout_check():
    """Checks with ctypes that '@b3xb3xih' is Aligned's C layout: a char, then the 8-byte struct
    Inner {char a; int b;}, then a short, packed as struct packs (no trailing pad)."""

    class Inner(ctypes.Structure):
        _fields_ = [("a", ctypes.c_byte), ("b", ctypes.c_int)]

    class Outer(ctypes.Structure):
        _fields_ = [("tag", ctypes.c_byte), ("inner", Inner), ("after", ctypes.c_short)]

    assert ctypes.sizeof(Inner) == struct.calcsize("@bi") == 8
    assert (Outer.tag.offset, Outer.inner.offset, Outer.after.offset) == (0, 4, 12)
    assert struct.calcsize("@b3xb") == 5 and struct.calcsize("@b3xb3xi") == 12
    assert struct.calcsize("@b3xb3xih") == 14


def S(name, jtype):
    return Prop(name, jtype)


def A(name, jtype, dims=None):
    return Prop(name, jtype, "array", dims)


def T(name, jtype):
    return Prop(name, jtype, "text")


def views():
    out = []
    for name, order in (("NativeCodes", "@"), ("NativeOrderCodes", "="), ("LittleEndianCodes", "<"),
                        ("BigEndianCodes", ">"), ("NetworkCodes", "!")):
        fmt, props = codes(order)
        out.append(View(name, fmt, props))
    out += [
        View("NativeBigIntegers", "@bQbNbPbL2Qb0q",
             [S("t1", "byte"), S("u64", "BigInteger"), S("t2", "byte"), S("size", "BigInteger"), S("t3", "byte"),
              S("ptr", "BigInteger"), S("t4", "byte"), S("ulng", "BigInteger"), A("pair", "BigInteger[]"),
              S("t5", "byte")]),
        View("StandardBigIntegers", "<Q>Q!Q=Q>2Q",
             [S("little", "BigInteger"), S("big", "BigInteger"), S("network", "BigInteger"),
              S("nativeOrder", "BigInteger"), A("pair", "BigInteger[]")]),
        View("Tick", "<IhB", [S("id", "long"), S("delta", "short"), S("flags", "int")]),
        View("ReadOnlyCodes", "@c b B ? h H i I l L q Q n N P e f d 5s 6p 0q",
             [S("chr", "byte"), S("i8", "byte"), S("u8", "int"), S("flag", "boolean"), S("i16", "short"),
              S("u16", "int"), S("i32", "int"), S("u32", "long"), S("lng", "long"), S("ulng", "long"),
              S("i64", "long"), S("u64", "long"), S("ssize", "long"), S("size", "long"),
              S("ptr", "long"), S("f16", "float"), S("f32", "float"), S("f64", "double"), T("str", "String"),
              T("pstr", "byte[]")]),
        View("BeanCodes", "!I?xHd8sBq",
             [S("id", "long"), S("active", "boolean"), S("port", "char"), S("ratio", "double"),
              T("name", "String"), S("TTL", "int"), S("stamp", "long")]),
        View("Repeats", "<0h3h4B2I3f2Q2?3c2d2e3b2H2q",
             [A("samples", "short[]"), A("levels", "int[]"), A("gains", "long[]"), S("x", "float"),
              S("y", "float"), S("z", "float"), A("counters", "long[]"), A("bits", "boolean[]"),
              A("letters", "char[]"), A("weights", "double[]"), A("halves", "float[]"), A("deltas", "byte[]"),
              A("codes", "char[]"), A("totals", "long[]")]),
        View("NativeRepeats", "@b3ih2q?0q",
             [S("tag", "byte"), A("vals", "int[]"), S("small", "short"), A("longs", "long[]"), S("flag", "boolean")]),
        View("Texts", "<1s7s1p2p7p300p",
             [T("one", "byte[]"), T("seven", "String"), T("empty", "byte[]"), T("two", "String"),
              T("pseven", "byte[]"), T("longest", "String")]),
        View("Utf8Label", "<10s6p", [T("name", "String"), T("tag", "String")], charset="UTF-8"),
        View("Outer.Rec", ">hB?", [S("a", "short"), S("b", "int"), S("c", "boolean")],
             classes=("Outer$Rec", "Outer_RecView")),
        View("CustomNamed", "=iH", [S("a", "int"), S("b", "char")], classes=("CustomNamed", "CustomRecord")),
        View("ReadNameClash", "<3hB", [A("samples", "short[]"), S("readSamples", "int")]),
        View("ZeroCounts", "<0sB0p2s0hH", [T("none", "byte[]"), S("flags", "int"), T("nothing", "String"),
                                            T("code", "byte[]"), S("port", "int")]),
        View("Unaligned", "^bqhlNP?e",
             [S("tag", "byte"), S("big", "long"), S("small", "short"), S("lng", "long"), S("size", "long"),
              S("ptr", "long"), S("flag", "boolean"), S("half", "float")]),
        View("Named", "<I:id:h:delta:", [S("id", "long"), S("delta", "short")], struct_fmt="<Ih"),
        View("Grid", "<(2,3)h:grid:B:tag:", [A("grid", "short[]", (2, 3)), S("tag", "int")], struct_fmt="<6hB"),
        View("Pos", "<HH", [S("x", "int"), S("y", "int")]),
        View("Inner", "@bi", [S("a", "byte"), S("b", "int")]),
        View("Placed", "<T{<H:x:H:y:}:pos:B:flags:", [S("pos.x", "int"), S("pos.y", "int"), S("flags", "int")],
             struct_fmt="<HHB"),
        View("Path", "<B:n:3T{<HH}:pts:",
             [S("n", "int")] + [S("pts[%d].%s" % (i, c), "int") for i in range(3) for c in "xy"],
             struct_fmt="<B6H"),
        View("Aligned", "@b:tag:T{b:a:i:b:}:inner:h:after:",
             [S("tag", "byte"), S("inner.a", "byte"), S("inner.b", "int"), S("after", "short")],
             struct_fmt="@b3xb3xih", nested=nested_layout_check),
    ]
    return out


def write_slices():
    n = 7
    chains = [[(None, None, None)], [(None, None, -1)], [(1, None, None)], [(None, -2, None)], [(None, None, 2)],
              [(None, None, -2)], [(1, 6, 2)], [(5, 1, -2)], [(-1, None, -3)], [(2, 2, None)], [(10, None, None)],
              [(-10, 3, None)], [(6, 0, -1)], [(None, None, 3)], [(3, None, -1)], [(-2, -6, -1)],
              [(None, None, -1), (1, None, 2)], [(1, None, 2), (None, None, -1)], [(None, None, -2), (1, 3, None)],
              [(5, 0, -1), (None, None, -2), (1, None, None)]]
    lines = ["# slices of %d records, applied in turn (start:stop:step, empty for None): the indices" % n,
             "# range(%d) keeps, and the shape and strides (in items) memoryview gives" % n,
             "# python %s" % sys.version.replace("\n", " ")]
    for chain in chains:
        m, indices = memoryview(bytes(range(n))), list(range(n))
        for start, stop, step in chain:
            m, indices = m[start:stop:step], indices[start:stop:step]
        assert list(m) == indices
        text = ";".join(":".join("" if v is None else str(v) for v in sl) for sl in chain)
        lines.append("\t".join([text, ",".join(map(str, indices)) or "-", str(m.shape[0]), str(m.strides[0])]))
    with open(os.path.join(OUT_DIR, "slices.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit("run this with CPython 3.13: the vectors record its behaviour (got %s)" % sys.version)
    if sys.byteorder != "little" or struct.calcsize("@l") != 8:
        sys.exit("run this on a 64-bit little-endian LP64 machine: native layouts are recorded")
    os.makedirs(OUT_DIR, exist_ok=True)
    total = 0
    for view in views():
        if view.nested:
            view.nested()
        path, cases = generate(view)
        total += cases
        print("%-60s %5d cases" % (os.path.relpath(path), cases))
    write_slices()
    print("total: %d cases" % total)


if __name__ == "__main__":
    main()
