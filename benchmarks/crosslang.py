#!/usr/bin/env python3
"""W1 and W1c across languages, on the same 2^20 "<IhB" records, in one run, as one table.

    python3 benchmarks/crosslang.py [--java-args "JMH options"]

1. Builds target/ticks.bin with struct.pack (record i: id = i * 2654435761 mod 2^32,
   delta = i * 40503 as int16, flags = (131 i + 7) mod 256, as TickData.java makes them) and has
   Java check that the bytes are the ones the benchmarks read.
2. Times, on that file, CPython 3.13: struct.iter_unpack, struct.unpack_from (Struct bound method)
   and memoryview.cast indexing; and NumPy (python3.11): np.frombuffer with dtype '<u4,<i2,u1' and
   field sums. Each is best of 5 passes over the whole file; each checks its sums.
3. Runs the Java side through benchmarks/run --quick (W1Scan and W1cColumn at 2^20 records) and
   prints one table: ns/record, and how many times faster the generated view (viewHeap) is than
   each.

Both sides report their best: Python the fastest of its 5 passes, Java the fastest JMH measurement
iteration (each a few hundred passes long). On a shared machine the best is the steadier figure.
"""
import json
import os
import shutil
import struct
import subprocess
import sys
import time

COUNT = 1 << 20
HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, "target")
DATA = os.path.join(TARGET, "ticks.bin")
JMH_JSON = os.path.join(TARGET, "crosslang-jmh.json")
CPYTHON = os.environ.get("CPYTHON", "/root/.pyenv/versions/3.13.0/bin/python3.13")
NUMPY_PYTHON = os.environ.get("NUMPY_PYTHON", shutil.which("python3.11") or "python3.11")
REPEATS = 5


def records(count):
    """The records as TickData.java generates them."""
    for i in range(count):
        delta = (i * 40503) & 0xFFFF
        yield (i * 2654435761) & 0xFFFFFFFF, delta - 0x10000 if delta >= 0x8000 else delta, (i * 131 + 7) & 0xFF


def expected_sums(count):
    w1 = w1c = 0
    for a, b, c in records(count):
        w1 += a + b + c
        w1c += a
    return w1, w1c


def build_file():
    os.makedirs(TARGET, exist_ok=True)
    pack = struct.Struct("<IhB").pack
    with open(DATA, "wb") as f:
        f.write(b"".join(pack(*r) for r in records(COUNT)))


# ---- workers: run under the interpreter being measured; print one JSON line ---------------------

def best_of(fn, data):
    best, result = None, None
    for _ in range(REPEATS):
        start = time.perf_counter_ns()
        result = fn(data)
        elapsed = time.perf_counter_ns() - start
        best = elapsed if best is None else min(best, elapsed)
    return best / COUNT, result


def cpython_iter_unpack_w1(data):
    total = 0
    for a, b, c in struct.iter_unpack("<IhB", data):
        total += a + b + c
    return total


def cpython_iter_unpack_w1c(data):
    total = 0
    for a, _, _ in struct.iter_unpack("<IhB", data):
        total += a
    return total


def cpython_unpack_from_w1(data):
    unpack_from = struct.Struct("<IhB").unpack_from
    total = 0
    for offset in range(0, len(data), 7):
        a, b, c = unpack_from(data, offset)
        total += a + b + c
    return total


def cpython_unpack_from_w1c(data):
    unpack_from = struct.Struct("<IhB").unpack_from
    total = 0
    for offset in range(0, len(data), 7):
        total += unpack_from(data, offset)[0]
    return total


def cpython_memoryview_w1(data):
    # Records of 7 bytes cannot be cast as a whole ('I' needs a multiple of 4): each field is a
    # slice cast to its native format ('I' and 'h' are little-endian here), flags a plain index.
    m = memoryview(data)
    total = 0
    for o in range(0, len(data), 7):
        total += m[o:o + 4].cast("I")[0] + m[o + 4:o + 6].cast("h")[0] + m[o + 6]
    return total


def cpython_memoryview_w1c(data):
    m = memoryview(data)
    total = 0
    for o in range(0, len(data), 7):
        total += m[o:o + 4].cast("I")[0]
    return total


def numpy_w1(data):
    import numpy as np
    a = np.frombuffer(data, dtype="<u4,<i2,u1")
    return int(a["f0"].sum(dtype=np.int64)) + int(a["f1"].sum(dtype=np.int64)) + int(a["f2"].sum(dtype=np.int64))


def numpy_w1c(data):
    import numpy as np
    return int(np.frombuffer(data, dtype="<u4,<i2,u1")["f0"].sum(dtype=np.uint64))


WORKERS = {
    "cpython": [
        ("CPython struct.iter_unpack", cpython_iter_unpack_w1, cpython_iter_unpack_w1c),
        ("CPython Struct.unpack_from", cpython_unpack_from_w1, cpython_unpack_from_w1c),
        ("CPython memoryview.cast indexing", cpython_memoryview_w1, cpython_memoryview_w1c),
    ],
    "numpy": [
        ("NumPy frombuffer '<u4,<i2,u1' field sums", numpy_w1, numpy_w1c),
    ],
}


def worker(kind):
    with open(DATA, "rb") as f:
        data = f.read()
    out = {"python": sys.version.split()[0]}
    if kind == "numpy":
        import numpy
        out["numpy"] = numpy.__version__
    rows = []
    for name, w1, w1c in WORKERS[kind]:
        ns1, sum1 = best_of(w1, data)
        ns1c, sum1c = best_of(w1c, data)
        rows.append({"name": name, "w1": ns1, "w1c": ns1c, "sum_w1": sum1, "sum_w1c": sum1c})
    out["rows"] = rows
    print(json.dumps(out))


# ---- the driver ---------------------------------------------------------------------------------

def run_worker(python, kind):
    line = subprocess.run([python, os.path.abspath(__file__), "--worker", kind], check=True,
                          capture_output=True, text=True).stdout.strip().splitlines()[-1]
    return json.loads(line)


JAVA_NAMES = {
    "viewHeap": "Java generated view (heap byte[])",
    "viewDirect": "Java generated view (direct ByteBuffer)",
    "varHandle": "Java hand-written byteArrayViewVarHandle",
    "byteBufferHeap": "Java hand-written ByteBuffer (heap)",
    "byteBufferDirect": "Java hand-written ByteBuffer (direct)",
    "nettyHeap": "Java Netty ByteBuf (heap)",
    "nettyDirect": "Java Netty ByteBuf (direct)",
    "sbe": "Java SBE flyweight (bounds checks on)",
    "sbeUnchecked": "Java SBE flyweight (bounds checks off)",
    "recordArray": "Java RecordArray for-each",
    "structUnpackFrom": "Java structview Struct.unpackFrom",
    "memoryViewGet": "Java structview MemoryView.get",
}


def run_java(extra):
    cmd = [os.path.join(HERE, "run"), "--quick", "-rff", JMH_JSON] + extra
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    with open(JMH_JSON) as f:
        results = json.load(f)
    rows = {}
    for r in results:
        workload, method = r["benchmark"].split(".")[-2:]
        # The best measurement iteration, as Python's side is the best of its passes.
        best = min(x for fork in r["primaryMetric"]["rawData"] for x in fork)
        per_record = best / int(r["params"]["records"])
        rows.setdefault(method, {"name": JAVA_NAMES.get(method, "Java " + method)})[
            "w1" if workload == "W1Scan" else "w1c"] = per_record
    return rows, results[0].get("vmVersion", "?"), results[0].get("jdkVersion", "?")


def java_check():
    out = subprocess.run(["java", "-cp", os.path.join(TARGET, "benchmarks.jar"), "dev.structview.bench.data.TickFile",
                          DATA, str(COUNT)], check=True, capture_output=True, text=True).stdout.strip()
    return out


def fmt(x):
    return "" if x is None else ("%.3f" % x if x < 10 else "%.1f" % x if x < 1000 else "%,.0f" % x)


def main():
    extra = sys.argv[sys.argv.index("--java-args") + 1].split() if "--java-args" in sys.argv else []
    with open("/proc/loadavg") as f:
        load_before = " ".join(f.read().split()[:3])
    build_file()
    w1_sum, w1c_sum = expected_sums(COUNT)
    java_rows, vm, jdk = run_java(extra)          # builds the jar if needed, before TickFile uses it
    print("data: %s, %d records of 7 bytes; %s" % (DATA, COUNT, java_check()))
    cpython = run_worker(CPYTHON, "cpython")
    numpy = run_worker(NUMPY_PYTHON, "numpy")
    for row in cpython["rows"] + numpy["rows"]:
        if (row["sum_w1"], row["sum_w1c"]) != (w1_sum, w1c_sum):
            sys.exit("wrong sums from %s: %s" % (row["name"], row))
    with open("/proc/loadavg") as f:
        load_after = " ".join(f.read().split()[:3])
    view = java_rows["viewHeap"]
    rows = sorted(java_rows.values(), key=lambda r: r.get("w1", 1e9)) + cpython["rows"] + numpy["rows"]
    print("CPython %s, NumPy %s on Python %s, Java %s (JDK %s)" % (cpython["python"], numpy["numpy"],
                                                                  numpy["python"], vm, jdk))
    print("load average before %s, after %s\n" % (load_before, load_after))
    print("| implementation | W1 ns/record | W1c ns/record | view faster, W1 | view faster, W1c |")
    print("|---|---:|---:|---:|---:|")
    for r in rows:
        ratio1 = r["w1"] / view["w1"] if r.get("w1") else None
        ratio1c = r["w1c"] / view["w1c"] if r.get("w1c") else None
        print("| %s | %s | %s | %s | %s |" % (r["name"], fmt(r.get("w1")), fmt(r.get("w1c")),
                                              "" if ratio1 is None else "%.2f×" % ratio1,
                                              "" if ratio1c is None else "%.2f×" % ratio1c))
    struct_java = java_rows["structUnpackFrom"]["w1"]
    cpy = {r["name"]: r for r in cpython["rows"]}
    print("\nJava Struct.unpackFrom is %.1f× faster than CPython Struct.unpack_from (W1)"
          % (cpy["CPython Struct.unpack_from"]["w1"] / struct_java))


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        worker(sys.argv[2])
    else:
        main()
