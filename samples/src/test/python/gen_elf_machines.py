"""Writes machines.tsv: the name `readelf -h` prints for every e_machine value, 0 to 65535.

Each value gets a 64-byte ELF64 header with that e_machine and nothing else; readelf reads them in
batches. The file lists every value readelf names, and a few it does not (to check the
"<unknown>: 0x..." form), one per line: the value, then exactly what readelf prints after
"Machine:". MachinesTest checks the table in Machines.java against it; where the same readelf is
installed it also asks readelf itself.

Run with any Python 3 and GNU readelf:  python3 samples/src/test/python/gen_elf_machines.py
"""
import os
import struct
import subprocess
import tempfile

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "dev", "structview", "samples", "elf",
                   "machines.tsv")
UNKNOWN_SAMPLES = [11, 84, 300, 0x1234, 0xFFFF]
BATCH = 2048


def header(machine):
    ident = b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8)
    return ident + struct.pack("<HHIQQQIHHHHHH", 1, machine, 1, 0, 0, 0, 0, 64, 0, 0, 0, 0, 0)


def names(directory, machines):
    files = []
    for m in machines:
        path = os.path.join(directory, f"m{m}")
        with open(path, "wb") as f:
            f.write(header(m))
        files.append(path)
    output = subprocess.run(["readelf", "-h"] + files, capture_output=True, text=True, check=True).stdout
    found, current = {}, None
    for line in output.splitlines():
        if line.startswith("File: "):
            current = int(os.path.basename(line[len("File: "):])[1:])
        elif line.strip().startswith("Machine:"):
            found[current] = line.split(":", 1)[1].strip()
    for path in files:
        os.remove(path)
    return found


def main():
    version = subprocess.run(["readelf", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    found = {}
    with tempfile.TemporaryDirectory() as directory:
        for base in range(0, 0x10000, BATCH):
            found.update(names(directory, range(base, base + BATCH)))
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# e_machine\twhat readelf -h prints; {version}; from gen_elf_machines.py\n")
        for m in sorted(found):
            if not found[m].startswith("<unknown>") or m in UNKNOWN_SAMPLES:
                out.write(f"{m}\t{found[m]}\n")


if __name__ == "__main__":
    main()
