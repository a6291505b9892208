"""Writes section_types.tsv and os_abis.tsv: the names readelf prints for sh_type and EI_OSABI.

readelf names a section type by its value, the file's e_machine (processor-specific types) and its
EI_OSABI (Solaris's types; IA-64's); an OS/ABI by its value and, from 64 up, the e_machine. So the
names are asked for in context: for every e_machine of machines.tsv and 0 to 299, each file is an
ELF64 header whose section table has one section of each type swept (TYPES below: every range
readelf names something in), under EI_OSABI 0, and under the other OS/ABIs for the machines where
readelf reads it; and for OS/ABIs, a 64-byte header per (e_machine, EI_OSABI 0 to 255).

Each file lists, one per line, e_machine, EI_OSABI, the value (section types in hex), and exactly
what readelf prints (under -W, which does not truncate the type). To stay short it lists every
value for e_machine 0 under EI_OSABI 0, and for every other context only the values whose name
differs from its baseline's: e_machine 0's for a machine under EI_OSABI 0, and for a machine under
another OS/ABI, the same machine's under EI_OSABI 0. ElfNamesTest checks ElfNames against these files; where the same readelf is
installed it also asks readelf itself.

Run with any Python 3 and GNU readelf:  python3 samples/src/test/python/gen_elf_names.py
"""
import os
import re
import struct
import subprocess
import tempfile

DIR = os.path.join(os.path.dirname(__file__), "..", "resources", "dev", "structview", "samples", "elf")
BATCH = 2048
EM_MSP430_OLD = 0x1059  # readelf does not name it as a machine, but reads its OS/ABI as MSP430's
# The OS/ABIs that change a section type's name somewhere: HP-UX, GNU, Solaris, FreeBSD, OpenVMS,
# and one of the machine-specific ones (ARM's 97).
OS_ABIS = [1, 3, 6, 9, 13, 97]
# The machines whose section types depend on EI_OSABI (IA-64, through its OS-specific register
# types), and a few others to show that theirs do not.
OS_ABI_MACHINES = [0, 2, 15, 40, 43, 50, 62]


def types():
    """Every range where readelf 2.40 names a type, with the values around it."""
    t = list(range(0, 0x30))
    t += list(range(0x60000000, 0x60000020))                  # LOOS: IA-64's VMS types
    t += [0x6FFF4700, 0x6FFF4701, 0x6FFF4C00, 0x6FFF4C01]     # GNU_INCREMENTAL_INPUTS, LLVM's
    t += list(range(0x6FFFFFE0, 0x70000000))                  # GNU's and Solaris's, up to HIOS
    t += list(range(0x70000000, 0x70000040))                  # LOPROC: the processors' own
    t += [0x78000000, 0x78030000, 0x78060000, 0x78610000, 0x7800FFFF, 0x78FF0000]  # IA-64 LOPSREG
    t += [0x79000000, 0x79000001]                             # IA_64_PRIORITY_INIT
    t += list(range(0x7F000000, 0x7F000010))                  # TI's, MSP430's
    t += list(range(0x7FFFFFE0, 0x80000000))                  # up to HIPROC: AUXILIARY, FILTER
    t += [0x80000000, 0x80000001, 0x8FFFFFFF, 0xA0000000, 0xA0000001, 0xFFFFFFFF]  # LOUSER: V850's
    t += [0x5FFFFFFF, 0x12345678]                             # neither
    return t


TYPES = types()


def machines():
    with open(os.path.join(DIR, "machines.tsv"), encoding="utf-8") as f:
        listed = [int(line.split("\t")[0]) for line in f if not line.startswith("#")]
    return sorted(set(listed) | set(range(300)) | {EM_MSP430_OLD})


def sections_file(machine, osabi):
    """An ELF64 header, then section 0, one section per type, and an empty name string table."""
    count = len(TYPES) + 2
    ident = b"\x7fELF" + bytes([2, 1, 1, osabi, 0]) + bytes(7)
    out = bytearray(ident + struct.pack("<HHIQQQIHHHHHH", 1, machine, 1, 0, 0, 64, 0, 64, 0, 0, 64, count,
                                        count - 1))
    out += bytes(64)
    for t in TYPES:
        out += struct.pack("<IIQQQQIIQQ", 0, t, 0, 0, 0, 0, 0, 0, 0, 0)
    out += struct.pack("<IIQQQQIIQQ", 0, 3, 0, 0, 64 + 64 * count, 1, 0, 0, 1, 0) + b"\0"
    return bytes(out)


def header_file(machine, osabi):
    ident = b"\x7fELF" + bytes([2, 1, 1, osabi, 0]) + bytes(7)
    return ident + struct.pack("<HHIQQQIHHHHHH", 1, machine, 1, 0, 0, 0, 0, 64, 0, 0, 0, 0, 0)


def readelf(directory, contexts, make, option, collect):
    """Writes one file per (machine, osabi), runs readelf on them in batches, parses with collect."""
    found = {}
    for start in range(0, len(contexts), BATCH):
        files = []
        for machine, osabi in contexts[start:start + BATCH]:
            path = os.path.join(directory, f"m{machine}_o{osabi}")
            with open(path, "wb") as f:
                f.write(make(machine, osabi))
            files.append(path)
        env = dict(os.environ, LC_ALL="C")
        text = subprocess.run(["readelf", option, "-W"] + files, capture_output=True, text=True, env=env).stdout
        context = None
        for line in text.splitlines():
            if line.startswith("File: "):
                m, o = os.path.basename(line[len("File: "):]).split("_")
                context = (int(m[1:]), int(o[1:]))
            else:
                collect(context, line, found)
        for path in files:
            os.remove(path)
    return found


SECTION = re.compile(r"^  \[\s*(\d+)]\s+(.+?)\s+[0-9a-f]{16} ")


def collect_section(context, line, found):
    m = SECTION.match(line)
    if m and 1 <= int(m.group(1)) <= len(TYPES):
        found[context + (TYPES[int(m.group(1)) - 1],)] = m.group(2)


def collect_os_abi(context, line, found):
    if line.strip().startswith("OS/ABI:"):
        found[context] = line.split(":", 1)[1].strip()


def write(name, columns, found, baseline_of, cells):
    """Writes every value of e_machine 0 under EI_OSABI 0, and each other context's that differ from its baseline's."""
    with open(os.path.join(DIR, name), "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# {columns}\twhat readelf prints; {VERSION}; from gen_elf_names.py\n")
        for key in sorted(found):
            base = baseline_of(key)
            if key == base or found[key] != found[base]:
                out.write("\t".join(cells(key) + [found[key]]) + "\n")


VERSION = subprocess.run(["readelf", "--version"], capture_output=True, text=True).stdout.splitlines()[0]


def main():
    every = machines()
    section_contexts = [(m, 0) for m in every] + [(m, o) for m in OS_ABI_MACHINES for o in OS_ABIS]
    with tempfile.TemporaryDirectory() as directory:
        sections = readelf(directory, section_contexts, sections_file, "-S", collect_section)
        abis = readelf(directory, [(m, o) for m in every for o in range(256)], header_file, "-h", collect_os_abi)
    write("section_types.tsv", "e_machine\tEI_OSABI\tsh_type", sections, lambda k: (k[0], 0, k[2]) if k[1] else (0, 0, k[2]),
          lambda k: [str(k[0]), str(k[1]), f"0x{k[2]:x}"])
    write("os_abis.tsv", "e_machine\tEI_OSABI", abis, lambda k: (0, k[1]), lambda k: [str(k[0]), str(k[1])])


if __name__ == "__main__":
    main()
