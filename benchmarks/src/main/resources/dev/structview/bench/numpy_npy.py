"""W7's NumPy side: NumPy's own work on the .npy file the Java side measured, timed as JMH times it.

    python3.11 numpy_npy.py FILE WARMUPS ITERATIONS SECONDS   # times: what benchmarks/run --npy runs
    python3.11 numpy_npy.py FILE                              # the id column's sum only: the tests' reference

Timed, each with timeit (the garbage collector off while it runs):
  numpyLoadMmap   a = numpy.load(FILE, mmap_mode='r'); del a   (CPython unmaps the file at the del)
  numpyColumnSum  a['id'].sum() over one such array, loaded once, as the Java side keeps its mapping

First the file is read once, whole, so that it is in the page cache. Then, for each: one pass
estimates a pass's time; a number of passes that fills SECONDS is one iteration; WARMUPS iterations
are run and dropped, ITERATIONS are measured, as JMH does with the same counts. Prints tab-separated
lines: "versions", then "sum" and the column's sum, then per operation its name, the best and the
median iteration's time per pass in nanoseconds, the mean, and the passes per iteration.
"""
import platform
import statistics
import sys
import timeit

import numpy as np


def read_whole(path):
    chunk = bytearray(1 << 20)
    with open(path, "rb", buffering=0) as f:
        while f.readinto(chunk):
            pass


def column_sum(array):
    return int(array["id"].sum())


def load_close(path):
    array = np.load(path, mmap_mode="r")
    del array


def measure(fn, warmups, iterations, seconds):
    timer = timeit.Timer(fn)
    one = timer.timeit(1)
    number = max(1, int(seconds / one)) if one > 0 else 1
    timer.repeat(warmups, number)
    times = [t / number * 1e9 for t in timer.repeat(iterations, number)]
    return min(times), statistics.median(times), statistics.mean(times), number


def main(argv):
    path = argv[1]
    array = np.load(path, mmap_mode="r")
    if len(argv) == 2:
        print(column_sum(array))
        return
    warmups, iterations, seconds = int(argv[2]), int(argv[3]), float(argv[4])
    read_whole(path)
    print("versions\tNumPy %s, CPython %s" % (np.__version__, platform.python_version()))
    print("sum\t%d" % column_sum(array))
    rows = {
        "numpyLoadMmap": lambda: load_close(path),
        "numpyColumnSum": lambda: column_sum(array),
    }
    for name, fn in rows.items():
        best, median, mean, number = measure(fn, warmups, iterations, seconds)
        print("%s\t%.1f\t%.1f\t%.1f\t%d" % (name, best, median, mean, number))


if __name__ == "__main__":
    main(sys.argv)
