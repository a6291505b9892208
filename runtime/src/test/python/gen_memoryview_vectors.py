#!/usr/bin/env python3.13
"""Generates the memoryview differential vectors that MemoryViewVectorTest replays.

Run with CPython 3.13 from the repository root:

    python3.13 runtime/src/test/python/gen_memoryview_vectors.py

It rewrites runtime/src/test/resources/vectors/memoryview/*.tsv. Output is deterministic for a
given CPython build (fixed seeds). Every expected value is what CPython did when it ran the step;
nothing is computed by hand.

A file is a sequence of cases. A case starts with a "case" line and is followed by its steps, which
run in order on named objects: exporters x0, x1, ..., views m0, m1, ... and held consumer exports
e0, e1, ... Lines are tab-separated; '#' lines are comments.

    case        ID  DESCRIPTION
    exporter    X   KIND  PARAMS...                       (always succeeds; no result)
        KIND bytes     HEX              Python bytes          Java Exporters.readOnly(byte[])
        KIND bytearray HEX              Python bytearray      Java ByteArray
        KIND heap      HEX              Python bytearray      Java MemoryView.of(byte[]) (no exporter)
        KIND robuf     HEX              Python bytes          Java MemoryView.of(read-only ByteBuffer)
        KIND array     TYPECODE FORMAT ITEMSIZE HEX            Python array.array
        KIND ndarray   FORMAT ITEMSIZE NDFLAGS OFFSET SHAPE STRIDES SUBOFFSETS HEX
                       _testbuffer.ndarray; NDFLAGS is its 'flags' attribute (ND_WRITABLE 0x2,
                       ND_FORTRAN 0x4, ND_SCALAR 0x8, ND_PIL 0x10, ND_C 0x100), HEX the whole
                       memory it allocated, OFFSET the byte index of element [0,...,0] in it
        KIND logging   HEX              a PEP 688 class counting __buffer__/__release_buffer__
    memoryview  M  SRC  FLAGS     RESULT=ATTRS   memoryview(SRC) when FLAGS is '-', else
                                                 memoryview._from_flags(SRC, FLAGS), or
                                                 SRC.__buffer__(FLAGS) when SRC is a view
    cast        M  SRC  FORMAT  SHAPE     ATTRS  SRC.cast(FORMAT) when SHAPE is 'N', else with shape
    slice       M  SRC  START STOP STEP   ATTRS  SRC[START:STOP:STEP] ('N' = None)
    toreadonly  M  SRC                    ATTRS
    attrs       M                         ATTRS  the attributes of M, read again
    get         M  INDICES                VALUE  '-' = M[()], 'i' = M[i], 'i,j' = M[i, j]
    set         M  INDICES VALUE          BYTES  M[...] = VALUE; BYTES = the root exporter's contents
    setslice    M  START STOP STEP SRC    BYTES  M[START:STOP:STEP] = SRC (an exporter or view name)
    tolist      M                         VALUE
    tobytes     M  ORDER                  HEX    ORDER 'N' = tobytes(), else one character
    hex         M  SEP  N                 TEXT   SEP 'N' = hex(); else u<utf-8 hex> = hex(SEP, N)
    len         M                         INT
    release     M                         -
    close       M                         -      M.__exit__(...) (Java close())
    eq          M  M2                     T|F    M == M2
    getbuf      SRC FLAGS                 BUF    ndarray(SRC, getbuf=FLAGS), then dropped
    export      E  SRC FLAGS              BUF    the same, held as E
    drop        E                         -      del E: the consumer releases its buffer
    state       X                         GETS RELEASES FLAGS   the logging exporter's counters
    append      X  HEX                    HEX    bytearray.extend (Java ByteArray.append)
    resize      X  N                      HEX    del ba[N:] or ba.extend(zeros) (ByteArray.resize)
    setbyte     X  I  V                   HEX    ba[I] = V (Java ByteArray.set)

RESULT is "OK<TAB>payload columns" or "ERR<TAB>exception type<TAB>message". Payloads:
    ATTRS  FORMAT ITEMSIZE NDIM SHAPE STRIDES NBYTES ro|rw CONTIG, CONTIG being three characters
           for c_contiguous, f_contiguous and contiguous ('c', 'f', 'a', or '-' when false)
    BUF    FORMAT ITEMSIZE NDIM SHAPE STRIDES SUBOFFSETS ro|rw NBYTES of the buffer the consumer
           received; FORMAT 'N' is NULL, SHAPE/STRIDES/SUBOFFSETS 'N' are NULL
    BYTES  hex of the root exporter's contents in logical C order after the step
A step may end with "java:REASON<TAB>RESULT": what the Java implementation must do instead, where it
differs from CPython on purpose (see DESIGN.md):
    java:ext-format   item access and slice assignment on a struct format that is not one native
                      character work in Java with struct semantics; the expectation comes from
                      struct through _testbuffer (values, writes and slice copies) and from the
                      same step on a 'B' twin view of the same shape (index errors)
    java:suboffsets   Java refuses exporters with suboffsets when a view is made
    java:reflexive    v.equals(v) is true in Java
An empty expected message asks for the exception family only. A struct.error in an ext-format result
has no memoryview wording in CPython: Java's message must contain struct's.

Encodings: FORMAT is "s:" + text when printable ASCII, else "x:" + hex of its UTF-8 bytes. Integer
lists (shape, strides, indices) are ','-joined, '-' when empty. HEX is '-' when empty. Values:
    i<decimal> int   T/F bool   N None   d<16 hex> float (binary64 bits)   b<hex> bytes
    u<hex> str (UTF-8)   o a plain object()   [a,b] list   (a,b) tuple
"""

import array
import os
import random
import struct
import sys

import _testbuffer as tb

OUT_DIR = os.path.join(os.path.dirname(__file__), "..", "resources", "vectors", "memoryview")

NATIVE = "cbB?hHiIlLqQnNfdPe"            # memoryview's item formats in 3.13
ARRAY_CODES = "bBhHiIlLqQfdw"
EXT_FORMATS = ["<i", ">i", ">h", "=q", "<Q", ">d", "<f", ">e", "!H", "2h", "ii", "hb", "3s", "<?",
               ">c", "xxh", "=l", "<2B"]
BAD_CAST_FORMATS = ["", "@", "@@i", "<i", "=B", "ii", "x", "s", "i ", "2B", "g", "w", "T{i}",
                    "\u00e9", "Zd", ">B", "!b"]
SHORT_FLAGS = {
    tb.PyBUF_SIMPLE: "SIMPLE", tb.PyBUF_ND: "ND", tb.PyBUF_STRIDES: "STRIDES",
    tb.PyBUF_C_CONTIGUOUS: "C_CONTIGUOUS", tb.PyBUF_F_CONTIGUOUS: "F_CONTIGUOUS",
    tb.PyBUF_ANY_CONTIGUOUS: "ANY_CONTIGUOUS", tb.PyBUF_INDIRECT: "INDIRECT",
}
REQUESTS = [base | fmt | wr for base in SHORT_FLAGS for fmt in (0, tb.PyBUF_FORMAT)
            for wr in (0, tb.PyBUF_WRITABLE)]
INT64_MIN, INT64_MAX = -(1 << 63), (1 << 63) - 1


# ---------------------------------------------------------------------------------------------
# Encoding


def enc_format(fmt):
    if all(0x20 <= ord(c) < 0x7F for c in fmt) and fmt:
        return "s:" + fmt
    return "x:" + fmt.encode("utf-8").hex() if fmt else "s:"


def enc_hex(b):
    return bytes(b).hex() if len(b) else "-"


def enc_ints(xs):
    return ",".join(str(x) for x in xs) if len(xs) else "-"


def enc_opt(x):
    return "N" if x is None else str(x)


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
    if isinstance(v, bytes):
        return "b" + v.hex()
    if isinstance(v, str):
        return "u" + v.encode("utf-8").hex()
    if isinstance(v, list):
        return "[" + ",".join(enc_value(x) for x in v) + "]"
    if isinstance(v, tuple):
        return "(" + ",".join(enc_value(x) for x in v) + ")"
    if type(v) is object:
        return "o"
    raise TypeError("cannot encode %r" % (v,))


def enc_error(e):
    name = "struct.error" if isinstance(e, struct.error) else type(e).__name__
    return ["ERR", name, str(e).replace("\t", " ").replace("\n", " ")]


def attrs(m):
    contig = (("c" if m.c_contiguous else "-") + ("f" if m.f_contiguous else "-")
              + ("a" if m.contiguous else "-"))
    return [enc_format(m.format), str(m.itemsize), str(m.ndim), enc_ints(m.shape),
            enc_ints(m.strides), str(m.nbytes), "ro" if m.readonly else "rw", contig]


def buf_attrs(nd):
    """What a consumer received: _testbuffer shows NULL format as '' and NULL arrays as ()."""
    fmt = "N" if nd.format == "" else enc_format(nd.format)
    null = lambda t: "N" if (len(t) == 0) else enc_ints(t)
    return [fmt, str(nd.itemsize), str(nd.ndim), null(nd.shape), null(nd.strides),
            null(nd.suboffsets), "ro" if nd.readonly else "rw", str(nd.nbytes)]


def is_native(fmt):
    f = fmt[1:] if fmt.startswith("@") else fmt
    return len(f) == 1 and f in NATIVE


def is_ext(fmt):
    """A struct format that is not one native character: Java gives it item access."""
    if is_native(fmt):
        return False
    try:
        return struct.calcsize(fmt) > 0 and len(struct.unpack(fmt, bytes(struct.calcsize(fmt)))) > 0
    except struct.error:
        return False


def run(fn):
    try:
        return ["OK"] + fn()
    except Exception as e:  # every CPython exception is a recorded outcome
        return enc_error(e)


# ---------------------------------------------------------------------------------------------
# Exporters


class LoggingExporter:
    """A PEP 688 exporter that counts its gets and releases and remembers the requested flags."""

    def __init__(self, data):
        self.data = bytearray(data)
        self.gets = 0
        self.releases = 0
        self.flags = []

    def __buffer__(self, flags):
        self.gets += 1
        self.flags.append(flags)
        return memoryview(self.data)

    def __release_buffer__(self, view):
        self.releases += 1


def contents(x):
    if isinstance(x, (bytes, bytearray)):
        return bytes(x)
    if isinstance(x, array.array):
        return x.tobytes()
    if isinstance(x, LoggingExporter):
        return bytes(x.data)
    return x.tobytes()


def random_items(rng, fmt, n):
    size = struct.calcsize(fmt)
    items = []
    for _ in range(n):
        code = fmt[-1]
        if code in "efd" and len(fmt) <= 2 and rng.random() < 0.3:
            wide = [] if code == "e" else [2.0 ** 53, 1e300 if code == "d" else 1e30]
            v = rng.choice([0.0, -0.0, 1.5, float("inf"), float("-inf"), float("nan"), -float("nan"),
                            1e-5, 65504.0] + wide)
            items.append(v)
            continue
        vals = struct.unpack(fmt, bytes(rng.randrange(256) for _ in range(size)))
        items.append(vals[0] if len(vals) == 1 else vals)
    return items


class Layout:
    """A shape with strides and offset over a flat memory of nitems items."""

    def __init__(self, shape, strides, offset_items, nitems, fortran=False):
        self.shape, self.strides, self.offset_items, self.nitems = shape, strides, offset_items, nitems
        self.fortran = fortran


def random_layout(rng, itemsize, ndim=None):
    if ndim is None:
        ndim = rng.choice([1, 1, 1, 2, 2, 3, 4])
    shape = [rng.choice([0, 1, 1, 2, 2, 3, 3, 4, 5]) if rng.random() < 0.15 else rng.randint(1, 4)
             for _ in range(ndim)]
    if ndim == 1:
        shape = [rng.randint(0, 9) if rng.random() < 0.2 else rng.randint(1, 9)]
    style = rng.choice(["C", "C", "F", "strided", "strided", "negative", "permuted", "zero"])
    if style in ("C", "F"):
        n = 1
        for s in shape:
            n *= s
        lead = rng.choice([0, 0, 1, 2])
        return Layout(shape, None, lead, max(n, 1) + lead, fortran=(style == "F"))
    gaps = [rng.choice([1, 1, 2, 3]) for _ in shape]
    extents = [max(s, 1) * g for s, g in zip(shape, gaps)]
    cstr = [1] * ndim
    for d in range(ndim - 2, -1, -1):
        cstr[d] = cstr[d + 1] * extents[d + 1]
    strides = [cstr[d] * gaps[d] for d in range(ndim)]
    if style == "permuted" and ndim > 1:
        perm = list(range(ndim))
        rng.shuffle(perm)
        extents_p = [extents[p] for p in perm]
        cstr = [1] * ndim
        for d in range(ndim - 2, -1, -1):
            cstr[d] = cstr[d + 1] * extents_p[d + 1]
        strides = [0] * ndim
        for d, p in enumerate(perm):
            strides[p] = cstr[d] * gaps[p]
    signs = [1] * ndim
    if style == "negative":
        signs = [rng.choice([-1, 1, -1]) for _ in shape]
    if style == "zero":
        strides[rng.randrange(ndim)] = 0
    strides = [s * sg for s, sg in zip(strides, signs)]
    total = 1
    for e in extents:
        total *= e
    offset = sum((s - 1) * -st for s, st in zip(shape, strides) if st < 0 and s > 0)
    lead = rng.choice([0, 0, 1])
    return Layout(shape, [s * itemsize for s in strides], offset + lead, total + lead + 1)


def make_ndarray(items, fmt, layout, flags):
    kw = dict(shape=layout.shape, format=fmt, offset=layout.offset_items * struct.calcsize(fmt),
              flags=flags | (tb.ND_FORTRAN if layout.fortran else 0))
    if layout.strides is not None:
        kw["strides"] = layout.strides
    return tb.ndarray(items, **kw)


# ---------------------------------------------------------------------------------------------
# Sessions: named objects, one line per step


class Writer:
    def __init__(self, name):
        self.name = name
        self.lines = []
        self.cases = 0
        self.steps = 0

    def add(self, cols):
        self.lines.append("\t".join(cols))

    def comment(self, text):
        self.lines.append("# " + text)

    def save(self, seed):
        os.makedirs(OUT_DIR, exist_ok=True)
        path = os.path.join(OUT_DIR, self.name + ".tsv")
        header = [
            "# structview memoryview vectors: %s" % self.name,
            "# python %s" % sys.version.replace("\n", " "),
            "# generator: runtime/src/test/python/gen_memoryview_vectors.py (seed %d)" % seed,
            "# cases: %d, steps: %d" % (self.cases, self.steps),
        ]
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(header + self.lines) + "\n")
        return path


class Session:
    """One case: the Python objects it made, by name, kept alive until the case ends."""

    def __init__(self, w, cid, description):
        self.w = w
        self.objs = {}
        self.root = {}        # object name -> the exporter name whose contents a write changes
        self.counter = {"x": 0, "m": 0, "e": 0}
        w.cases += 1
        w.add(["case", cid, description])

    def fresh(self, prefix):
        name = "%s%d" % (prefix, self.counter[prefix])
        self.counter[prefix] += 1
        return name

    def line(self, cols, java=None):
        self.w.steps += 1
        if java is not None:
            cols = cols + ["java:" + java[0]] + java[1]
        self.w.add(cols)

    def views(self):
        return [k for k in self.objs if k.startswith("m")]

    def root_bytes(self, name):
        return enc_hex(contents(self.objs[self.root[name]]))

    # -- exporters

    def exporter(self, kind, obj, params):
        name = self.fresh("x")
        self.objs[name] = obj
        self.root[name] = name
        self.w.add(["exporter", name, kind] + params)
        return name

    def bytes_(self, data):
        return self.exporter("bytes", bytes(data), [enc_hex(data)])

    def bytearray_(self, data):
        return self.exporter("bytearray", bytearray(data), [enc_hex(data)])

    def heap(self, data):
        return self.exporter("heap", bytearray(data), [enc_hex(data)])

    def robuf(self, data):
        return self.exporter("robuf", bytes(data), [enc_hex(data)])

    def array_(self, code, values):
        a = array.array(code, values)
        fmt = memoryview(a).format
        return self.exporter("array", a, [code, enc_format(fmt), str(a.itemsize), enc_hex(a.tobytes())])

    def logging(self, data):
        return self.exporter("logging", LoggingExporter(data), [enc_hex(data)])

    def ndarray(self, items, fmt, layout, flags):
        nd = make_ndarray(items, fmt, layout, flags)
        return self.ndarray_obj(nd, items, fmt, layout.offset_items)

    def ndarray_obj(self, nd, items, fmt, offset_items):
        size = struct.calcsize(fmt)
        if nd.ndim == 0:
            memory = tb.ndarray(items, shape=[], format=fmt).tobytes()
        else:
            memory = tb.ndarray(items, shape=[len(items)], format=fmt).tobytes()
        strides = enc_ints(nd.strides) if nd.ndim else "-"
        return self.exporter("ndarray", nd, [
            enc_format(fmt), str(size), str(nd.flags), str(offset_items * size), enc_ints(nd.shape),
            strides, enc_ints(nd.suboffsets), enc_hex(memory)])

    # -- views

    def _new_view(self, op, src, args, make, java=None):
        name = self.fresh("m")
        holder = {}

        def go():
            holder["v"] = make(self.objs[src])
            return attrs(holder["v"])
        res = run(go)
        if "v" in holder:
            self.objs[name] = holder["v"]
            self.root[name] = self.root[src]
        self.line([op, name, src] + args + res, java)
        return name if "v" in holder else None

    def memoryview(self, src, flags=None, java=None):
        if flags is None:
            return self._new_view("memoryview", src, ["-"], memoryview, java)
        # A view is asked like any exporter: memory_getbuf's checks and result, which PEP 688's
        # __buffer__ reaches (_from_flags ignores the flags of a view); anything else gets one request.
        return self._new_view("memoryview", src, [str(flags)],
                              lambda o: o.__buffer__(flags) if isinstance(o, memoryview)
                              else memoryview._from_flags(o, flags), java)

    def cast(self, src, fmt, shape=None):
        if shape is None:
            return self._new_view("cast", src, [enc_format(fmt), "N"], lambda m: m.cast(fmt))
        return self._new_view("cast", src, [enc_format(fmt), enc_ints(shape)],
                              lambda m: m.cast(fmt, shape))

    def slice(self, src, start, stop, step):
        return self._new_view("slice", src, [enc_opt(start), enc_opt(stop), enc_opt(step)],
                              lambda m: m[start:stop:step])

    def toreadonly(self, src):
        return self._new_view("toreadonly", src, [], lambda m: m.toreadonly())

    def attrs(self, m):
        self.line(["attrs", m] + run(lambda: attrs(self.objs[m])))

    # -- items

    def get(self, m, idx):
        key = tuple(idx) if len(idx) != 1 else idx[0]
        view = self.objs[m]
        res = run(lambda: [enc_value(view[key])])
        java = None
        if res[0] == "ERR" and res[1] == "NotImplementedError" and is_ext(view.format):
            java = ("ext-format", self._ext_get(view, idx))
        self.line(["get", m, enc_ints(idx) if idx else "-"] + res, java)

    def set(self, m, idx, value):
        key = tuple(idx) if len(idx) != 1 else idx[0]
        view = self.objs[m]

        def go():
            view[key] = value
            return [self.root_bytes(m)]
        res = run(go)
        java = None
        if res[0] == "ERR" and res[1] == "NotImplementedError" and is_ext(view.format):
            java = ("ext-format", self._ext_set(m, view, idx, value))
        self.line(["set", m, enc_ints(idx) if idx else "-", enc_value(value)] + res, java)

    def tolist(self, m):
        view = self.objs[m]
        res = run(lambda: [enc_value(view.tolist())])
        java = None
        if res[0] == "ERR" and res[1] == "NotImplementedError" and is_ext(view.format):
            java = ("ext-format", run(lambda: [enc_value(self._consumer(view).tolist())]))
        self.line(["tolist", m] + res, java)

    # Java's struct-semantics item access, computed by CPython: index errors from a 'B' twin view of
    # the same shape and writability, values and writes through a _testbuffer consumer, which packs
    # and unpacks with struct.

    @staticmethod
    def _twin(view):
        n = 1
        for s in view.shape:
            n *= s
        flags = 0 if view.readonly else tb.ND_WRITABLE
        if view.ndim == 0:
            return memoryview(tb.ndarray(0, shape=[], format="B", flags=flags))
        return memoryview(tb.ndarray([0] * max(n, 1), shape=list(view.shape), format="B", flags=flags))

    @staticmethod
    def _consumer(view, writable=False):
        return tb.ndarray(view, getbuf=tb.PyBUF_FULL if writable else tb.PyBUF_FULL_RO)

    @staticmethod
    def _walk(nd, idx):
        if not idx:
            return nd, ()
        for i in idx[:-1]:
            nd = nd[i]
        return nd, idx[-1]

    def _ext_get(self, view, idx):
        key = tuple(idx) if len(idx) != 1 else idx[0]
        twin = self._twin(view)
        try:
            twin[key]
        except Exception as e:
            return enc_error(e)
        nd, last = self._walk(self._consumer(view), idx)
        return run(lambda: [enc_value(nd[last])])

    def _ext_set(self, m, view, idx, value):
        key = tuple(idx) if len(idx) != 1 else idx[0]
        twin = self._twin(view)
        try:
            twin[key] = 0
        except Exception as e:
            return enc_error(e)
        fmt = view.format
        values = list(value) if isinstance(value, tuple) else [value]
        try:
            canonical = struct.unpack(fmt, struct.pack(fmt, *values))
        except Exception as e:
            if not isinstance(value, tuple) and len(struct.unpack(fmt, bytes(view.itemsize))) > 1:
                # A scalar for a multi-value item: Java wants a List; struct's count message does
                # not apply, so only the family is expected.
                return ["ERR", "struct.error", ""]
            return enc_error(e)
        nd, last = self._walk(self._consumer(view, writable=True), idx)
        nd[last] = canonical[0] if len(canonical) == 1 else canonical
        del nd
        return ["OK", self.root_bytes(m)]

    def setslice(self, m, start, stop, step, src):
        view = self.objs[m]

        def go():
            view[start:stop:step] = self.objs[src]
            return [self.root_bytes(m)]
        res = run(go)
        java = None
        if res[0] == "ERR" and res[1] == "NotImplementedError" and is_ext(view.format):
            java = ("ext-format", self._ext_setslice(m, view, start, stop, step, self.objs[src]))
        self.line(["setslice", m, enc_opt(start), enc_opt(stop), enc_opt(step), src] + res, java)

    def _ext_setslice(self, m, view, start, stop, step, source):
        """Java copies between equal structures of any struct format; _testbuffer's ndarray slice
        assignment applies CPython's same equiv_structure rule and does the copy."""
        try:
            self._twin(view)[start:stop:step]
        except Exception as e:
            return enc_error(e)
        nd = self._consumer(view, writable=True)
        try:
            nd[start:stop:step] = tb.ndarray(source, getbuf=tb.PyBUF_FULL_RO)
        except ValueError as e:
            if "different structures" not in str(e):
                raise
            return ["ERR", "ValueError", "memoryview assignment: lvalue and rvalue have different structures"]
        finally:
            del nd
        return ["OK", self.root_bytes(m)]

    # -- whole views

    def tobytes(self, m, order):
        view = self.objs[m]
        if order is None:
            res = run(lambda: [enc_hex(view.tobytes())])
        else:
            res = run(lambda: [enc_hex(view.tobytes(order))])
        self.line(["tobytes", m, order or "N"] + res)

    def hex(self, m, sep=None, n=1):
        view = self.objs[m]
        if sep is None:
            res = run(lambda: [enc_format(view.hex())])
            self.line(["hex", m, "N", "1"] + res)
        else:
            res = run(lambda: [enc_format(view.hex(sep, n))])
            self.line(["hex", m, "u" + sep.encode("utf-8").hex(), str(n)] + res)

    def len(self, m):
        self.line(["len", m] + run(lambda: [str(len(self.objs[m]))]))

    def release(self, m):
        def go():
            self.objs[m].release()
            return []
        self.line(["release", m] + run(go))

    def close(self, m):
        def go():
            self.objs[m].__exit__(None, None, None)
            return []
        self.line(["close", m] + run(go))

    def eq(self, a, b):
        res = run(lambda: ["T" if self.objs[a] == self.objs[b] else "F"])
        java = ("reflexive", ["OK", "T"]) if a == b and res != ["OK", "T"] else None
        self.line(["eq", a, b] + res, java)

    # -- consumers and exporters

    def getbuf(self, src, flags):
        def go():
            nd = tb.ndarray(self.objs[src], getbuf=flags)
            out = buf_attrs(nd)
            del nd
            return out
        self.line(["getbuf", src, str(flags)] + run(go))

    def export(self, src, flags):
        name = self.fresh("e")

        def go():
            nd = tb.ndarray(self.objs[src], getbuf=flags)
            self.objs[name] = nd
            return buf_attrs(nd)
        self.line(["export", name, src, str(flags)] + run(go))
        return name if name in self.objs else None

    def drop(self, e):
        del self.objs[e]
        self.line(["drop", e, "OK"])

    def state(self, x):
        o = self.objs[x]
        self.line(["state", x, "OK", str(o.gets), str(o.releases), enc_ints(o.flags)])

    def append(self, x, data):
        def go():
            self.objs[x].extend(data)
            return [enc_hex(self.objs[x])]
        self.line(["append", x, enc_hex(data)] + run(go))

    def resize(self, x, n):
        def go():
            ba = self.objs[x]
            if n <= len(ba):
                del ba[n:]
            else:
                ba.extend(bytes(n - len(ba)))
            return [enc_hex(ba)]
        self.line(["resize", x, str(n)] + run(go))

    def setbyte(self, x, i, v):
        def go():
            self.objs[x][i] = v
            return [enc_hex(self.objs[x])]
        self.line(["setbyte", x, str(i), str(v)] + run(go))

    def end(self):
        # Consumers first, then views, so nothing is released implicitly mid-case.
        for k in [k for k in self.objs if k.startswith("e")]:
            del self.objs[k]
        self.objs.clear()


# ---------------------------------------------------------------------------------------------
# Value choices


def int_range(fmt):
    size = struct.calcsize(fmt)
    code = fmt[-1]
    if code == "P":
        return -(1 << 63), (1 << 64) - 1
    if code in "bhilqn":
        return -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
    return 0, (1 << (8 * size)) - 1


def value_for(rng, fmt):
    """A value to store into an item of fmt: usually valid, sometimes out of range or mistyped."""
    wrong = [None, 1.5, "x", b"a", object(), True, False, 1 << 70, -(1 << 70), 10 ** 400]
    if is_ext(fmt):
        n = len(struct.unpack(fmt, bytes(struct.calcsize(fmt))))
        good = random_items(rng, fmt, 1)[0]
        if n > 1:
            return rng.choice([good, good, tuple(list(good)[:-1]), tuple(list(good) + [0]),
                               tuple([1 << 40] * n), tuple([None] * n), 5])
        return rng.choice([good, good, good, rng.choice(wrong)])
    code = fmt[-1]
    if code in "bBhHiIlLqQnNP":
        lo, hi = int_range(fmt)
        return rng.choice([lo, hi, 0, 1, -1, lo - 1, hi + 1, rng.randint(lo, hi), rng.randint(lo, hi),
                           rng.choice(wrong)])
    if code in "efd":
        return rng.choice([0.0, -0.0, 1.5, -2.25, 1e300, -1e300, 65504.0, 65520.0, 3.4028234663852886e38,
                           float("inf"), float("nan"), 1e-8, 5e-324, 7, -(1 << 70), 10 ** 400, True,
                           rng.uniform(-1e6, 1e6), None, "1.0", b"x"])
    if code == "?":
        return rng.choice([True, False, 0, 1, 2, -1, 0.0, float("nan"), b"", b"\x00", "", "a", None,
                           object(), 1 << 70])
    if code == "c":
        return rng.choice([b"a", b"\x00", b"\xff", b"", b"ab", "a", 97, None])
    return rng.choice(wrong)


def slice_bound(rng, n):
    return rng.choice([None, None, 0, 1, 2, -1, -2, n, n - 1, n + 3, -n, -n - 3,
                       INT64_MAX, INT64_MIN, rng.randint(-n - 2, n + 2)])


def slice_step(rng):
    return rng.choice([None, None, 1, 1, 2, 3, -1, -1, -2, 0, INT64_MAX, INT64_MIN, -INT64_MAX])


def index_for(rng, n):
    return rng.choice([0, 0, 1, n - 1, -1, -n, n, -n - 1, rng.randint(-n - 1, n), INT64_MAX,
                       INT64_MIN])


def factorizations(n):
    out = [[n]]
    for a in range(2, n + 1):
        if n % a == 0 and n // a > 1:
            out.append([a, n // a])
            for b in range(2, n // a + 1):
                if (n // a) % b == 0 and n // a // b > 1:
                    out.append([a, b, n // a // b])
    return out


def cast_choice(rng, view):
    """A cast to try: valid more often than not, and every rule of CPYTHON.md 4.3 now and then."""
    try:
        nbytes = view.nbytes
    except ValueError:
        return "B", None
    r = rng.random()
    if r < 0.12:
        return rng.choice(BAD_CAST_FORMATS), rng.choice([None, None, [nbytes]])
    if r < 0.22:
        bad_shapes = [[0], [-1], [nbytes, 0], [1 << 62, 4], [1] * 65, [nbytes + 1], [2, INT64_MAX],
                      [INT64_MAX, INT64_MAX], [], [1, 1, max(nbytes, 1)]]
        return rng.choice(["B", "b", "c", "i", "@B"]), rng.choice(bad_shapes)
    fmt = rng.choice(["B", "B", "b", "c", "@B"] + list(NATIVE) + ["@" + c for c in "ihdeQ?"])
    size = struct.calcsize(fmt)
    if view.ndim != 1 or rng.random() < 0.5:
        if rng.random() < 0.3 and nbytes % size == 0 and nbytes:
            return fmt, [nbytes // size]
        return fmt, None
    if nbytes % size or nbytes == 0:
        return fmt, rng.choice([None, [max(nbytes // size, 1)]])
    shapes = factorizations(nbytes // size)
    if nbytes == size:
        shapes.append([])
    return fmt, rng.choice(shapes + [None])


# ---------------------------------------------------------------------------------------------
# Chains


def root_exporter(rng, s, style):
    if style == "bytes":
        n = rng.choice([0, 1, 2, 3, 4, 6, 8, 12, 16, 24])
        data = bytes(rng.randrange(256) for _ in range(n))
        return rng.choice([s.bytes_, s.bytearray_, s.heap, s.robuf])(data)
    if style == "array":
        code = rng.choice(ARRAY_CODES)
        n = rng.choice([0, 1, 2, 3, 4, 5, 6, 8])
        if code == "w":
            return s.array_(code, "".join(rng.choice("ab\u00e9\u4e2d") for _ in range(n)))
        if code in "fd":
            vals = [rng.choice([0.0, -0.0, 1.5, float("nan"), float("inf"), rng.uniform(-9, 9)])
                    for _ in range(n)]
        else:
            lo, hi = int_range(code)
            vals = [rng.choice([lo, hi, 0, rng.randint(lo, hi)]) for _ in range(n)]
        return s.array_(code, vals)
    ext = style == "ext"
    for _ in range(50):
        fmt = rng.choice(EXT_FORMATS) if ext else rng.choice(list(NATIVE) + ["@" + c for c in "bBidQ?e"])
        size = struct.calcsize(fmt)
        flags = rng.choice([0, tb.ND_WRITABLE, tb.ND_WRITABLE, tb.ND_WRITABLE])
        if rng.random() < 0.12:
            items = random_items(rng, fmt, 1)
            try:
                nd = tb.ndarray(items[0], shape=[], format=fmt, flags=flags)
            except Exception:
                continue
            return s.ndarray_obj(nd, items[0], fmt, 0)
        layout = random_layout(rng, size)
        items = random_items(rng, fmt, layout.nitems)
        try:
            make_ndarray(items, fmt, layout, flags)
        except Exception:
            continue
        return s.ndarray(items, fmt, layout, flags)
    raise RuntimeError("no ndarray layout")


def released(view):
    try:
        view.nbytes
        return False
    except ValueError:
        return True


def chain_step(rng, s, views, slice_assignment=True):
    live = [v for v in views if not released(s.objs[v])]
    m = rng.choice(live if live and rng.random() < 0.93 else views)
    view = s.objs[m]
    try:
        n = len(view) if view.ndim else 1
        fmt = view.format
        ndim = view.ndim
    except (ValueError, TypeError):
        n, fmt, ndim = 3, "B", 1
    op = rng.choices(["cast", "slice", "toreadonly", "get", "set", "setslice", "tolist", "tobytes",
                      "hex", "len", "release", "memoryview", "attrs", "eq"],
                     [14, 14, 3, 16, 14, 8 if slice_assignment else 0, 6, 5, 5, 3, 3, 3, 2, 3])[0]
    if op == "cast":
        f, shape = cast_choice(rng, view)
        return s.cast(m, f, shape)
    if op == "slice":
        return s.slice(m, slice_bound(rng, n), slice_bound(rng, n), slice_step(rng))
    if op == "toreadonly":
        return s.toreadonly(m)
    if op == "memoryview":
        return s.memoryview(m)
    if op == "attrs":
        s.attrs(m)
    elif op == "get":
        k = rng.choice([ndim, ndim, ndim, ndim - 1, ndim + 1, 0, 1]) if ndim else rng.choice([0, 0, 1, 2])
        idx = [index_for(rng, n if d == 0 else 3) for d in range(max(k, 0))]
        if ndim > 1 and rng.random() < 0.7:
            shape = view.shape
            idx = [rng.randint(-shape[d], shape[d] - 1) if shape[d] else 0 for d in range(ndim)]
        s.get(m, idx)
    elif op == "set":
        k = ndim if rng.random() < 0.85 else rng.choice([0, 1, ndim + 1])
        idx = [index_for(rng, n) if d == 0 else rng.randint(0, 2) for d in range(k)]
        if ndim > 1 and rng.random() < 0.7:
            shape = view.shape
            idx = [rng.randint(-shape[d], shape[d] - 1) if shape[d] else 0 for d in range(ndim)]
        s.set(m, idx, value_for(rng, fmt))
    elif op == "setslice":
        setslice_step(rng, s, m, view, n)
    elif op == "tolist":
        s.tolist(m)
    elif op == "tobytes":
        s.tobytes(m, rng.choice([None, "C", "F", "A", "C", "F", "A", "c", "X"]))
    elif op == "hex":
        r = rng.random()
        if r < 0.3:
            s.hex(m)
        else:
            sep = rng.choice(["-", ":", " ", "_", "|", "", "--", "\u00e9", "\t"])
            s.hex(m, sep, rng.choice([1, 2, 3, -1, -2, -3, 0, 4, 100, -100, 2147483647, -2147483648]))
    elif op == "len":
        s.len(m)
    elif op == "release":
        if rng.random() < 0.2:
            s.close(m)
        else:
            s.release(m)
    elif op == "eq":
        s.eq(m, rng.choice(s.views()))
    return None


def setslice_step(rng, s, m, view, n):
    start, stop, step = slice_bound(rng, n), slice_bound(rng, n), slice_step(rng)
    if rng.random() < 0.6:
        start, stop, step = rng.choice([(None, None, None), (0, n // 2, None), (1, n, None),
                                        (None, None, -1), (None, None, 2), (1, None, 2),
                                        (n - 1, 0, -2), (0, 1, None)])
    try:
        target = view[start:stop:step]
        length, fmt, size = len(target), view.format, view.itemsize
        del target
    except Exception:
        length, fmt, size = 2, "B", 1
    choice = rng.random()
    if choice < 0.3:
        others = [v for v in s.views() if v != m]
        src = rng.choice(others + [m]) if rng.random() < 0.8 else m
        if rng.random() < 0.5 and src in s.objs:
            # a slice of a view, often of the same memory: overlapping copies
            try:
                base = s.objs[src]
                k = len(base) if base.ndim else 0
                sl = s.slice(src, rng.randint(0, max(k - length, 0)), None, None) if k else None
                if sl is not None:
                    sl2 = s.slice(sl, None, length, None)
                    src = sl2 or sl
            except (ValueError, TypeError):
                pass
    elif choice < 0.55:
        data = bytes(rng.randrange(256) for _ in range(length * size + rng.choice([0, 0, 0, 1, -1])))
        src = rng.choice([s.bytes_, s.bytearray_])(data[:max(len(data), 0)])
    elif choice < 0.85:
        code = fmt[-1] if fmt and fmt[-1] in "bBhHiIlLqQfd" else rng.choice("bBiqd")
        count = length + rng.choice([0, 0, 0, 1, -1])
        if code in "fd":
            vals = [rng.uniform(-5, 5) for _ in range(max(count, 0))]
        else:
            lo, hi = int_range(code)
            vals = [rng.randint(lo, hi) for _ in range(max(count, 0))]
        src = s.array_(code, vals)
    else:
        items_fmt = fmt if (fmt and struct_ok(fmt)) else "B"
        count = max(length, 1)
        items = random_items(rng, items_fmt, count)
        layout = Layout([length], [-struct.calcsize(items_fmt)] if rng.random() < 0.5 else None,
                        count - 1, count)
        if layout.strides is None:
            layout.offset_items = 0
        try:
            src = s.ndarray(items, items_fmt, layout, 0)
        except Exception:
            src = s.bytes_(bytes(length * size))
    s.setslice(m, start, stop, step, src)


def struct_ok(fmt):
    try:
        struct.calcsize(fmt)
        return True
    except struct.error:
        return False


def gen_chains(w, rng, style, count, slice_assignment=True):
    for k in range(count):
        s = Session(w, "%s-%d" % (style, k), "random chain from a %s exporter" % style)
        x = root_exporter(rng, s, style)
        m0 = s.memoryview(x)
        if m0 is None:
            s.end()
            continue
        for _ in range(rng.randint(5, 16)):
            live = s.views()
            made = chain_step(rng, s, live, slice_assignment)
            del made
        s.end()


def gen_chains_bytes(w, rng):
    """Chains over bytes, bytearray, heap arrays, read-only ByteBuffers and array.array."""
    gen_chains(w, rng, "bytes", 170)
    gen_chains(w, rng, "array", 170)


def gen_chains_ndarray(w, rng):
    """Chains over _testbuffer.ndarray of native formats: C, Fortran, strided, negative, 0-d, N-d."""
    gen_chains(w, rng, "ndarray", 420)
    fixed_ndarray_cases(w)
    gen_formats(w, rng)


def gen_chains_ext(w, rng):
    """Chains over ndarrays whose formats struct parses but memoryview cannot index.

    Slice assignment works in Java for these formats too (java:ext-format, computed by _testbuffer's
    ndarray slice assignment); it gets a few cases of its own instead of ending random chains early."""
    gen_chains(w, rng, "ext", 220, slice_assignment=False)
    for fmt in ["<i", "2h", "3s", ">d"]:
        s = Session(w, "ext-setslice-%s" % fmt, "slice assignment on a %s view" % fmt)
        items = random_items(rng, fmt, 4)
        x = s.ndarray(items, fmt, Layout([4], None, 0, 4), tb.ND_WRITABLE)
        m0 = s.memoryview(x)
        m1 = s.slice(m0, 2, None, None)
        s.setslice(m0, 0, 2, None, m1)
        y = s.ndarray(random_items(rng, fmt, 2), fmt, Layout([2], None, 0, 2), 0)
        s.setslice(m0, 1, 3, None, y)
        s.setslice(m0, 1, 3, None, s.bytes_(bytes(2 * struct.calcsize(fmt))))
        s.end()


F_BITS = [0x7F800001, 0x7FC00000, 0xFFC00001, 0x7FBFFFFF, 0x00000001, 0x80000000, 0x7F7FFFFF]
D_BITS = [0x7FF8000000000000, 0xFFF8000000000000, 0x7FF0000000000001, 0x7FF4000000000000,
          0x7FFFFFFFFFFFFFFF, 0x0000000000000001, 0x8000000000000000]
E_BITS = [0x7C01, 0x7E00, 0xFE01, 0x7BFF, 0x0001, 0x8000, 0x7C00]
NAN_DOUBLES = [struct.unpack(">d", b.to_bytes(8, "big"))[0] for b in
               (0x7FF8000000000000, 0xFFF8000000000000, 0x7FF0000000000001, 0x7FF00000DEADBEEF,
                0x7FFC000000000001)]


def gen_formats(w, rng):
    """Every native item format, bare and '@'-prefixed, over raw bytes: reads of edge bit patterns
    (signalling NaNs, '?' bytes other than 0 and 1), then writes of edge, out-of-range and
    mistyped values, each read back."""
    for code in NATIVE:
        for fmt in (code, "@" + code):
            size = struct.calcsize(fmt)
            s = Session(w, "format-" + fmt, "items of format %s over a bytearray" % fmt)
            raw = bytearray(rng.randrange(256) for _ in range(4 * size))
            patterns = {"f": [b.to_bytes(4, "little") for b in F_BITS],
                        "d": [b.to_bytes(8, "little") for b in D_BITS],
                        "e": [b.to_bytes(2, "little") for b in E_BITS],
                        "?": [bytes([b]) for b in (0, 1, 2, 0x80, 0xFF)],
                        "P": [b"\xff" * 8, b"\x00" * 7 + b"\x80"]}.get(code, [b"\xff" * size, b"\x80" * size])
            chosen = rng.sample(patterns, min(3, len(patterns)))
            for k, p in enumerate(chosen):
                raw[k * size:(k + 1) * size] = p
            x = s.bytearray_(raw)
            m0 = s.memoryview(x)
            m = s.cast(m0, fmt)
            for i in range(-1, 4):
                s.get(m, [i])
            s.tolist(m)
            if code in "bBhHiIlLqQnNP":
                lo, hi = int_range(fmt)
                values = [lo, hi, 0, -1, lo - 1, hi + 1, 1 << 64, True, False, 1.0, None, b"1", "1",
                          object()]
            elif code in "efd":
                values = [0.0, -0.0, 1.0 / 3, 1e300, -1e300, 65504.0, 65519.99, 65520.0, 5e-324,
                          float("inf"), 3, -(1 << 70), 10 ** 400, True, None, "1.0", b"x"] + NAN_DOUBLES
            elif code == "?":
                values = [True, False, 2, 0, 0.0, float("nan"), b"", b"\x00", "", "a", None, object(),
                          -(1 << 70), 1 << 70]
            else:
                values = [b"a", b"\x00", b"\xff", b"", b"ab", "a", 97, None, True]
            for v in values:
                s.set(m, [rng.randrange(4)], v)
                s.tolist(m)
            m1 = s.slice(m, None, None, -2)
            s.set(m1, [0], values[0])
            s.tolist(m1)
            s.tobytes(m1, "C")
            ro = s.toreadonly(m)
            s.set(ro, [0], values[0])
            s.end()


def fixed_ndarray_cases(w):
    """Hand-picked starting points that random layouts reach rarely; CPython still runs every step."""
    s = Session(w, "fixed-empty-odd-stride", "1-D empty views with a non-unit stride")
    x = s.bytearray_(b"abcdefgh")
    m0 = s.memoryview(x)
    m1 = s.slice(m0, 2, 5, -1)
    m2 = s.slice(m0, None, None, 2)
    m3 = s.slice(m2, 5, 5, None)
    for m in (m1, m3):
        s.cast(m, "B")
        s.tolist(m)
        s.tobytes(m, "A")
        s.len(m)
    s.eq(m1, m3)
    s.end()

    s = Session(w, "fixed-fortran-tobytes", "tobytes('A') keeps Fortran memory order, 'F' is logical")
    items = list(range(24))
    x = s.ndarray(items, "B", Layout([2, 3, 4], None, 0, 24, fortran=True), tb.ND_WRITABLE)
    m0 = s.memoryview(x)
    for order in ("C", "F", "A", None):
        s.tobytes(m0, order)
    s.tolist(m0)
    s.cast(m0, "B")
    s.get(m0, [1, 2, 3])
    s.set(m0, [1, 2, 3], 99)
    s.get(m0, [-1, -1, -1])
    s.end()

    s = Session(w, "fixed-cast-nd", "cast 1-D to N-D, N-D to 1-D, and back; slices of N-D")
    x = s.bytearray_(bytes(range(24)))
    m0 = s.memoryview(x)
    m1 = s.cast(m0, "B", [2, 3, 4])
    m2 = s.slice(m1, None, None, -1)
    s.tolist(m2)
    s.cast(m2, "B")
    s.cast(m1, "i", [2, 3])
    m3 = s.cast(m1, "B")
    s.cast(m3, "i", [6])
    s.cast(m3, "d", [3])
    s.cast(m3, "d", [1, 3])
    m4 = s.cast(m3, "i")
    s.cast(m4, "B", [24])
    s.cast(m4, "h", [12])
    s.end()

    s = Session(w, "fixed-0d", "0-d views: get(), set(), tolist, len, slicing, casts")
    for fmt, val in (("i", 7), ("d", -0.0), ("?", True), ("c", b"z"), ("e", 1.5), ("Q", 2 ** 64 - 1)):
        x = s.ndarray_obj(tb.ndarray(val, shape=[], format=fmt, flags=tb.ND_WRITABLE), val, fmt, 0)
        m = s.memoryview(x)
        s.get(m, [])
        s.get(m, [0])
        s.get(m, [0, 0])
        s.tolist(m)
        s.len(m)
        s.slice(m, None, None, None)
        s.set(m, [], val)
        s.set(m, [0], val)
        s.cast(m, "B")
        s.cast(m, "B", [])
        m1 = s.cast(m, "B", [struct.calcsize(fmt)])
        s.cast(m1, fmt, [])
        s.tobytes(m, "F")
        s.hex(m, ":", 1)
    s.end()

    s = Session(w, "fixed-non-ascii", "non-ASCII cast formats and separators, counted in code points")
    x = s.bytearray_(bytes(range(8)))
    m0 = s.memoryview(x)
    for fmt in ("\u00e9", "\u00e9\u00e9", "a\u20ac\u20acb", "\U0001f600", "\U0001f600\u00e9", "B\u00e9",
                "\u00e9B\u00e9", "\u4e2d", "\U0001f600\U0001f600x"):
        s.cast(m0, fmt)
    for sep in ("\U0001f600", "\U0001f600\U0001f600", "\u00e9", "\u4e2d", "a\u00e9"):
        s.hex(m0, sep, 1)
    s.end()


# ---------------------------------------------------------------------------------------------
# Compare


def gen_compare(w, rng):
    """== between views: formats, byte orders, shapes, strides, NaN, -0.0, '?', big unsigned."""
    def pair(desc, left, right, extra=None):
        s = Session(w, "cmp-%d" % w.cases, desc)
        a = left(s)
        b = right(s)
        if a is None or b is None:
            s.end()
            return
        s.eq(a, b)
        s.eq(b, a)
        if extra:
            extra(s, a, b)
        s.end()

    def nd(fmt, items, shape=None, strides=None, offset=0, fortran=False):
        def make(s):
            sh = shape if shape is not None else [len(items)]
            lay = Layout(sh, strides, offset, len(items), fortran=fortran)
            x = s.ndarray(items, fmt, lay, 0)
            return s.memoryview(x)
        return make

    def raw(data, fmt=None, shape=None):
        def make(s):
            m = s.memoryview(s.bytes_(data))
            if fmt is None:
                return m
            return s.cast(m, fmt, shape)
        return make

    # Byte orders and formats with equal values.
    vals = [0, 1, -1, 127, -128, 100, -100]
    for f1 in ["i", "<i", ">i", "=i", "@i", "q", ">q", "h", "<h", "b", "d", ">d", "f", "e", ">e", "2h"]:
        for f2 in ["i", ">i", "q", "<q", "h", "b", "d", "<d", "f", "e"]:
            if f1 == "2h":
                pair("%s vs %s" % (f1, f2), nd(f1, [(v, v) for v in vals]), nd(f2, vals))
                continue
            pair("%s vs %s" % (f1, f2), nd(f1, vals), nd(f2, vals))
    # Value differences and exactness.
    exact = [
        ("q", [2 ** 53 + 1], "d", [2.0 ** 53]), ("q", [2 ** 53], "d", [2.0 ** 53]),
        ("q", [2 ** 63 - 1], "d", [2.0 ** 63]), ("Q", [2 ** 63], "d", [2.0 ** 63]),
        ("Q", [2 ** 64 - 1], "q", [-1]), ("Q", [2 ** 64 - 1], "Q", [2 ** 64 - 1]),
        ("Q", [2 ** 63], "<Q", [2 ** 63]), ("N", [2 ** 64 - 1], "Q", [2 ** 64 - 1]),
        ("P", [2 ** 63 + 5], "Q", [2 ** 63 + 5]), ("L", [2 ** 63], ">Q", [2 ** 63]),
        ("f", [0.1], "d", [0.1]), ("f", [0.5], "d", [0.5]), ("e", [0.1], "f", [0.1]),
        ("d", [float("nan")], "d", [float("nan")]), ("f", [float("nan")], "d", [float("nan")]),
        ("d", [0.0], "d", [-0.0]), ("d", [0.0], ">d", [-0.0]), ("e", [-0.0], "f", [0.0]),
        ("d", [float("inf")], "f", [float("inf")]), ("?", [True], "B", [1]), ("?", [True], "b", [1]),
        ("?", [False], "i", [0]), ("c", [b"a"], "B", [97]), ("c", [b"a"], "c", [b"a"]),
        ("c", [b"a"], "3s", [b"a"]), ("3s", [b"abc"], "3s", [b"abc"]), ("2s", [b"ab"], "3s", [b"ab"]),
        ("ii", [(1, 2)], "qq", [(1, 2)]), ("ii", [(1, 2)], "2i", [(1, 2)]), ("ii", [(1, 2)], "q", [1]),
        ("hb", [(1, 2)], "<hb", [(1, 2)]), ("d", [1.0], "i", [1]), ("d", [1.5], "i", [1]),
        ("B", [255], "b", [-1]), ("H", [65535], "h", [-1]), ("I", [2 ** 32 - 1], "q", [2 ** 32 - 1]),
        ("<?", [True], "?", [True]), ("e", [65504.0], "d", [65504.0]), ("xxh", [5], "h", [5]),
    ]
    for f1, v1, f2, v2 in exact:
        for n in (1, 3):
            pair("%s %r vs %s %r" % (f1, v1[0], f2, v2[0]), nd(f1, v1 * n), nd(f2, v2 * n))
    # NaN: distinct views of the same memory, and self comparison (reflexive in Java).
    for fmt in ["d", "f", "e", "<d", ">f"]:
        def extra(s, a, b):
            s.eq(a, a)
            c = s.memoryview(a)
            s.eq(a, c)
        pair("NaN in %s" % fmt, nd(fmt, [1.0, float("nan")]), nd(fmt, [1.0, float("nan")]), extra)
    # '?' raw bytes: the fast path compares bytes, the struct path compares values.
    for b1, b2 in [(b"\x02", b"\x01"), (b"\x01", b"\x01"), (b"\x00", b"\x00"), (b"\x80\x01", b"\x01\x01"),
                   (b"\x02", b"\x02")]:
        pair("? %s vs %s" % (b1.hex(), b2.hex()), raw(b1, "?"), raw(b2, "?"))
        pair("? %s vs @? %s" % (b1.hex(), b2.hex()), raw(b1, "?"), raw(b2, "@?"))
        pair("? %s vs B %s" % (b1.hex(), b2.hex()), raw(b1, "?"), raw(b2, "B"))
        pair("? %s vs <? %s" % (b1.hex(), b2.hex()), raw(b1, "?"), nd("<?", [True] * len(b2)))
    # Shapes: zero extents, equivalence up to the first zero, ndim differences.
    zero_shapes = [([0], [0]), ([0, 3, 4], [0, 6, 2]), ([0, 3], [0, 3]), ([2, 0], [2, 0]),
                   ([2, 0], [3, 0]), ([0], [0, 0]), ([1, 0, 2], [1, 0, 5]), ([0, 2], [2, 0])]
    for s1, s2 in zero_shapes:
        for f1, f2 in [("B", "B"), ("i", "d"), ("<i", "B"), ("B", "w")]:
            if f2 == "w":
                pair("zero %s vs w array" % s1, nd(f1, [1], s1), lambda s: s.memoryview(s.array_("w", "")))
                continue
            pair("%s %s vs %s %s" % (f1, s1, f2, s2), nd(f1, [1], s1), nd(f2, [1], s2))
    shapes = [([6], [2, 3]), ([2, 3], [3, 2]), ([2, 3], [2, 3]), ([1, 6], [6]), ([6, 1], [6, 1]),
              ([1], []), ([2, 3, 1], [2, 3, 1])]
    for s1, s2 in shapes:
        n1 = 1
        for d in s1:
            n1 *= d
        n2 = 1
        for d in s2:
            n2 *= d
        items1 = list(range(n1))
        items2 = list(range(n2))
        make2 = nd("i", items2, s2) if s2 else (lambda s: s.memoryview(s.ndarray_obj(
            tb.ndarray(0, shape=[], format="i"), 0, "i", 0)))
        pair("i %s vs i %s" % (s1, s2), nd("i", items1, s1), make2)
    # Layouts: C vs Fortran vs reversed vs strided, same logical values.
    data = list(range(12))
    fortran_items = [data[r * 4 + c] for c in range(4) for r in range(3)]
    pair("C vs F layout", nd("h", data, [3, 4]), nd("h", fortran_items, [3, 4], fortran=True))
    pair("C vs transposed strides", nd("h", data, [3, 4]),
         nd("h", fortran_items, [3, 4], strides=[2, 6]))
    pair("C vs negative strides", nd("h", data, [3, 4]),
         nd("h", list(reversed(data)), [3, 4], strides=[-8, -2], offset=11))
    pair("C vs F different values", nd("h", data, [3, 4]), nd("h", data, [3, 4], fortran=True))
    for fmt in ["B", "i", "d", "<i"]:
        def rev(s, fmt=fmt):
            m = s.memoryview(s.ndarray(list(reversed(range(8))), fmt, Layout([8], None, 0, 8), 0))
            return s.slice(m, None, None, -1)
        pair("reversed %s" % fmt, nd(fmt, list(range(8))), rev)

        def every2(s, fmt=fmt):
            m = s.memoryview(s.ndarray([v // 2 if v % 2 == 0 else 99 for v in range(16)], fmt,
                                       Layout([16], None, 0, 16), 0))
            return s.slice(m, None, None, 2)
        pair("strided %s" % fmt, nd(fmt, list(range(8))), every2)
    # Formats struct cannot parse: never equal, even to the same memory.
    for txt in ["ab", "", "\u00e9"]:
        def arr(s, txt=txt):
            return s.memoryview(s.array_("w", txt))
        pair("w array %r vs itself" % txt, arr, arr)

        def extra(s, a, b):
            s.eq(a, a)
            c = s.memoryview(a)
            s.eq(a, c)
        pair("w array %r, self" % txt, arr, arr, extra)
    # Released views equal only themselves.
    def released(s, a, b):
        s.release(a)
        s.eq(a, b)
        s.eq(b, a)
        s.eq(a, a)
    pair("released", nd("B", [1, 2]), nd("B", [1, 2]), released)
    # Random pairs drawn from a pool of small exporters.
    formats = ["b", "B", "h", "<h", ">H", "i", ">i", "q", "Q", "d", ">d", "f", "e", "?", "c"]
    for _ in range(700):
        f1, f2 = rng.choice(formats), rng.choice(formats)
        n = rng.randint(0, 4)
        base = random_items(rng, f1, n)
        if rng.random() < 0.6:
            try:
                conv = list(struct.unpack("%d%s" % (n, f2.lstrip("<>")),
                                          struct.pack("%d%s" % (n, f2.lstrip("<>")), *base)))
            except Exception:  # the values do not fit f2: draw fresh ones
                conv = random_items(rng, f2, n)
            other = conv
        else:
            other = random_items(rng, f2, n)
        if n == 0:
            pair("random %s vs %s, empty" % (f1, f2), nd(f1, [random_items(rng, f1, 1)[0]], [0]),
                 nd(f2, [random_items(rng, f2, 1)[0]], [0]))
        else:
            pair("random %s vs %s" % (f1, f2), nd(f1, base), nd(f2, other))


# ---------------------------------------------------------------------------------------------
# getbuf


def gen_getbuf(w, rng):
    """Every buffer request against bytes, bytearray, array and memoryviews of many layouts."""
    def run_requests(s, src):
        for flags in REQUESTS:
            s.getbuf(src, flags)

    s = Session(w, "getbuf-bytes", "bytes, bytearray and array exporters")
    for x in [s.bytes_(b"abcdef"), s.bytearray_(b"abcdef"), s.bytes_(b""), s.array_("i", [1, 2, 3]),
              s.array_("d", [1.5]), s.array_("w", "ab"), s.array_("B", [])]:
        run_requests(s, x)
    s.end()

    def view_case(desc, build):
        s = Session(w, "getbuf-%d" % w.cases, desc)
        m = build(s)
        if m is not None:
            run_requests(s, m)
            for flags in REQUESTS:
                # Java MemoryView.of(view, flags); released at once, since CPython's result holds an
                # export of m where Java's shares m's envelope.
                v = s.memoryview(m, flags)
                if v is not None:
                    s.tolist(v)
                    s.tobytes(v, None)
                    s.release(v)
            ro = s.toreadonly(m)
            if ro is not None:
                for flags in (tb.PyBUF_WRITABLE, tb.PyBUF_FULL, tb.PyBUF_FULL_RO, tb.PyBUF_CONTIG):
                    s.getbuf(ro, flags)
        s.end()

    def nd_view(fmt, items, shape, strides=None, offset=0, fortran=False, flags=0):
        def build(s):
            x = s.ndarray(items, fmt, Layout(shape, strides, offset, len(items), fortran), flags)
            return s.memoryview(x)
        return build

    for flags in (0, tb.ND_WRITABLE):
        rw = "writable" if flags else "read-only"
        view_case("bytes view " + rw, lambda s: s.memoryview((s.bytearray_ if flags else s.bytes_)(b"abcd")))
        view_case("C 2-D i " + rw, nd_view("i", list(range(6)), [2, 3], flags=flags))
        view_case("F 2-D i " + rw, nd_view("i", list(range(6)), [2, 3], fortran=True, flags=flags))
        view_case("F 3-D h " + rw, nd_view("h", list(range(24)), [2, 3, 4], fortran=True, flags=flags))
        view_case("strided 1-D " + rw, nd_view("B", list(range(8)), [4], strides=[2], flags=flags))
        view_case("negative 1-D " + rw, nd_view("q", list(range(4)), [4], strides=[-8], offset=3,
                                                flags=flags))
        view_case("strided 2-D " + rw, nd_view("d", [float(i) for i in range(12)], [2, 3],
                                               strides=[48, 16], flags=flags))
        view_case("2-D extent 1 " + rw, nd_view("i", list(range(3)), [1, 3], flags=flags))
        view_case("2-D 3x1 stride 8 " + rw, nd_view("i", list(range(6)), [3, 1], strides=[8, 12],
                                                    flags=flags))
        view_case("1-D empty odd stride " + rw, nd_view("i", [1, 2, 3], [0], strides=[8], flags=flags))
        view_case("2-D zero extent " + rw, nd_view("i", [1, 2, 3], [0, 3], flags=flags))
        view_case("0-d " + rw, lambda s: s.memoryview(s.ndarray_obj(
            tb.ndarray(5, shape=[], format="i", flags=flags), 5, "i", 0)))
        view_case("1-D '<i' " + rw, nd_view("<i", list(range(4)), [4], flags=flags))
        view_case("sliced [::-1] " + rw, lambda s: s.slice(nd_view("h", list(range(6)), [6],
                                                                   flags=flags)(s), None, None, -1))
        view_case("sliced empty [2:5:-1] " + rw, lambda s: s.slice(
            s.memoryview((s.bytearray_ if flags else s.bytes_)(b"abcdefgh")), 2, 5, -1))
        view_case("cast to 2-D " + rw, lambda s: s.cast(
            s.memoryview((s.bytearray_ if flags else s.bytes_)(bytes(range(12)))), "B", [3, 4]))

    # memoryview._from_flags: a view made from one request.
    s = Session(w, "from-flags", "memoryview._from_flags on bytes and ndarrays (Java of(exporter, flags))")
    xs = [s.bytes_(b"abcdef"), s.bytearray_(b"abcdef"),
          s.ndarray(list(range(12)), "i", Layout([3, 4], None, 0, 12), tb.ND_WRITABLE),
          s.ndarray(list(range(12)), "i", Layout([3, 4], None, 0, 12, fortran=True), 0),
          s.ndarray(list(range(8)), "h", Layout([4], [4], 0, 8), tb.ND_WRITABLE),
          s.ndarray_obj(tb.ndarray(5, shape=[], format="d"), 5, "d", 0)]
    for x in xs:
        for flags in REQUESTS:
            s.getbuf(x, flags)
        for flags in REQUESTS:
            m = s.memoryview(x, flags)
            if m is not None:
                s.tolist(m)
                s.tobytes(m, None)
                s.release(m)
    s.end()

    # Suboffsets: CPython follows the pointers; Java refuses such exporters.
    s = Session(w, "pil", "ND_PIL exporters (suboffsets)")
    for shape in ([2, 3], [3], [2, 2, 2]):
        n = 1
        for d in shape:
            n *= d
        for flags in (0, tb.ND_WRITABLE):
            x = s.ndarray(list(range(n)), "B", Layout(shape, None, 0, n), tb.ND_PIL | flags)
            s.memoryview(x, java=("suboffsets", ["ERR", "BufferError", ""]))
            for req in (tb.PyBUF_FULL_RO, tb.PyBUF_RECORDS_RO, tb.PyBUF_INDIRECT):
                s.memoryview(x, req, java=("suboffsets", ["ERR", "BufferError", ""]) if
                             req & tb.PyBUF_INDIRECT == tb.PyBUF_INDIRECT else None)
    s.end()


# ---------------------------------------------------------------------------------------------
# Lifecycle


def gen_lifecycle(w, rng):
    """The managed-buffer envelope: one get and one release per memoryview(x), exports, resizes."""
    def script(desc):
        return Session(w, "life-%d" % w.cases, desc)

    s = script("derived views share one export; the last release releases it")
    x = s.logging(b"abcdef")
    m0 = s.memoryview(x)
    s.state(x)
    m1 = s.slice(m0, 1, None, None)
    m2 = s.memoryview(m0)
    m3 = s.cast(m0, "B", [2, 3])
    m4 = s.toreadonly(m1)
    s.state(x)
    for m in (m0, m2, m4, m1):
        s.release(m)
        s.state(x)
    s.get(m3, [1, 2])
    s.release(m3)
    s.state(x)
    s.release(m3)
    s.state(x)
    s.get(m3, [0, 0])
    s.end()

    s = script("two memoryview() calls make two exports")
    x = s.logging(b"abcd")
    m0 = s.memoryview(x)
    m1 = s.memoryview(x)
    s.state(x)
    s.release(m0)
    s.state(x)
    s.release(m1)
    s.state(x)
    s.end()

    s = script("release while exported, then after the consumer lets go")
    x = s.logging(b"abcdefgh")
    m0 = s.memoryview(x)
    e0 = s.export(m0, tb.PyBUF_FULL_RO)
    s.release(m0)
    s.state(x)
    s.get(m0, [0])
    e1 = s.export(m0, tb.PyBUF_SIMPLE)
    s.release(m0)
    s.drop(e0)
    s.release(m0)
    s.drop(e1)
    s.state(x)
    s.release(m0)
    s.state(x)
    s.release(m0)
    s.state(x)
    s.end()

    # Random scripts over a logging exporter and a bytearray.
    for k in range(260):
        kind = rng.choice(["logging", "logging", "bytearray"])
        s = script("random %s script" % kind)
        data = bytes(rng.randrange(256) for _ in range(rng.choice([0, 1, 4, 6, 8, 12])))
        x = s.logging(data) if kind == "logging" else s.bytearray_(data)
        exports = []
        for _ in range(rng.randint(6, 18)):
            views = s.views()
            live_exports = [e for e in exports if e in s.objs]
            r = rng.random()
            if r < 0.18 or not views:
                s.memoryview(x)
            elif r < 0.36:
                m = rng.choice(views)
                op = rng.choice(["slice", "memoryview", "cast", "toreadonly"])
                if op == "slice":
                    s.slice(m, rng.choice([None, 1, -1]), None, rng.choice([None, -1, 2]))
                elif op == "memoryview":
                    s.memoryview(m)
                elif op == "cast":
                    s.cast(m, "B", rng.choice([None, [len(data)] if data else None]))
                else:
                    s.toreadonly(m)
            elif r < 0.48:
                e = s.export(rng.choice(views), rng.choice([tb.PyBUF_FULL_RO, tb.PyBUF_SIMPLE,
                                                            tb.PyBUF_ND, tb.PyBUF_WRITABLE,
                                                            tb.PyBUF_RECORDS]))
                if e:
                    exports.append(e)
            elif r < 0.58 and live_exports:
                s.drop(rng.choice(live_exports))
            elif r < 0.78:
                m = rng.choice(views)
                if rng.random() < 0.2:
                    s.close(m)
                else:
                    s.release(m)
            elif r < 0.86:
                s.get(rng.choice(views), [0])
            elif kind == "bytearray":
                op = rng.random()
                if op < 0.35:
                    s.append(x, rng.choice([b"", b"z", b"yz"]))
                elif op < 0.7:
                    n = len(s.objs[x])
                    s.resize(x, rng.choice([n, n + 1, max(n - 1, 0), 0, n + 3]))
                elif len(s.objs[x]):
                    s.setbyte(x, rng.randrange(len(s.objs[x])), rng.randrange(256))
            else:
                s.len(rng.choice(views))
            if kind == "logging":
                s.state(x)
        # Release everything; the exporter must end with as many releases as gets.
        for e in [e for e in exports if e in s.objs]:
            s.drop(e)
        for m in s.views():
            s.release(m)
        if kind == "logging":
            s.state(x)
        else:
            s.append(x, b"!")
        s.end()

    s = script("bytearray resize lock, fixed")
    x = s.bytearray_(b"abcdef")
    m0 = s.memoryview(x)
    m1 = s.slice(m0, 1, 3, None)
    s.append(x, b"")
    s.append(x, b"g")
    s.resize(x, 6)
    s.resize(x, 7)
    s.resize(x, 5)
    s.setbyte(x, 0, 65)
    s.get(m1, [0])
    s.release(m0)
    s.append(x, b"g")
    s.release(m1)
    s.append(x, b"g")
    s.resize(x, 2)
    m2 = s.memoryview(x)
    m3 = s.memoryview(x)
    s.release(m2)
    s.resize(x, 4)
    s.release(m3)
    s.resize(x, 4)
    s.resize(x, 0)
    s.end()


# ---------------------------------------------------------------------------------------------

GENERATORS = [
    ("chains_bytes", gen_chains_bytes, 1101),
    ("chains_ndarray", gen_chains_ndarray, 2202),
    ("chains_ext", gen_chains_ext, 3303),
    ("compare", gen_compare, 4404),
    ("getbuf", gen_getbuf, 5505),
    ("lifecycle", gen_lifecycle, 6606),
]


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit("run this with CPython 3.13: the vectors record its behaviour (got %s)" % sys.version)
    total = 0
    for name, gen, seed in GENERATORS:
        w = Writer(name)
        gen(w, random.Random(seed))
        path = w.save(seed)
        total += w.steps
        print("%-15s %5d cases %6d steps -> %s" % (name, w.cases, w.steps, os.path.normpath(path)))
    print("total %d steps" % total)


if __name__ == "__main__":
    main()
