"""The Python side of the NumPy sharing sample: one memmapped .npy file, Python and Java.

    python3.11 npy_sharing.py create FILE [--aligned]   # 5 ticks, with numpy.lib.format.open_memmap
    python3.11 npy_sharing.py show FILE                 # the ticks, as "id delta flags" lines
    python3.11 npy_sharing.py bump FILE                 # adds 1 to every delta, in place
    python3.11 npy_sharing.py serve FILE                # keeps FILE mapped, reads commands from stdin

The ticks are records of dtype [('id', '<u4'), ('delta', '<i2'), ('flags', 'u1')]: packed, 7 bytes
(NumPy's default), or with --aligned as a C compiler lays the struct out (align=True): the same
offsets, and one pad byte at the end, 8 bytes. Java reads both with one view (see NpySharing.java).

serve maps the file once (mode 'r+') and, for each line on standard input, "show" prints the ticks
as that mapping sees them now, "bump" adds 1 to every delta through it, "quit" ends; each answer
ends with a line "." so that the other side knows when to stop reading. The tests run it while Java
has the same file mapped, to show that each side sees the other's writes without opening it again.
"""
import sys

import numpy as np
from numpy.lib.format import open_memmap

FIELDS = [("id", "<u4"), ("delta", "<i2"), ("flags", "u1")]
TICKS = [(1, -2, 3), (2, 500, 100), (65536, -32768, 127), (4294967295, 32766, 0), (1234567890, -1, 42)]


def create(path, aligned):
    ticks = open_memmap(path, mode="w+", dtype=np.dtype(FIELDS, align=aligned), shape=(len(TICKS),))
    for i, tick in enumerate(TICKS):
        ticks[i] = tick
    ticks.flush()
    show(ticks)


def show(ticks):
    for tick in ticks:
        print(int(tick["id"]), int(tick["delta"]), int(tick["flags"]))
    sys.stdout.flush()


def bump(ticks):
    ticks["delta"] += 1
    ticks.flush()


def serve(path):
    ticks = open_memmap(path, mode="r+")
    for line in sys.stdin:
        command = line.strip()
        if command == "show":
            show(ticks)
        elif command == "bump":
            bump(ticks)
        elif command == "quit":
            break
        else:
            print("unknown command: %r" % command)
        print(".", flush=True)


def main(argv):
    command, path = argv[1], argv[2]
    if command == "create":
        create(path, "--aligned" in argv[3:])
    elif command == "show":
        show(np.load(path, mmap_mode="r"))
    elif command == "bump":
        bump(open_memmap(path, mode="r+"))
    elif command == "serve":
        serve(path)
    else:
        sys.exit("unknown command %r: use create, show, bump or serve" % command)


if __name__ == "__main__":
    main(sys.argv)
