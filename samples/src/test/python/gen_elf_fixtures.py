#!/usr/bin/env python3.13
"""Writes small synthetic ELF files with CPython's struct, and the values each one holds.

Run from the repository root:  python3.13 samples/src/test/python/gen_elf_fixtures.py

The machine running the tests has only little-endian ELF64 binaries, so these files cover what it
lacks: both byte orders, ELF32, and the escapes for large section tables (e_shnum == 0 with the
count in section 0's sh_size; e_shstrndx == SHN_XINDEX with the index in section 0's sh_link).
The layouts are those of /usr/include/elf.h (Elf32_Ehdr, Elf64_Ehdr, Elf32_Shdr, Elf64_Shdr).

It rewrites, in samples/src/test/resources/dev/structview/samples/elf/:

- <name>.elf: the files (deterministic: no timestamps, no randomness);
- fixtures.tsv: what each file holds, for ElfFixturesTest. Tab-separated lines:

    header   FILE CLASS DATA OSABI ABIVERSION TYPE MACHINE VERSION ENTRY PHOFF SHOFF FLAGS
             EHSIZE PHENTSIZE PHNUM SHENTSIZE SHNUM SHSTRNDX SECTIONS NAMETABLE
    section  FILE INDEX NAME TYPE FLAGS ADDR OFFSET SIZE LINK INFO ALIGN ENTSIZE

  CLASS is 32 or 64, DATA little or big; SHNUM and SHSTRNDX are the raw header fields, SECTIONS
  and NAMETABLE the resolved count and string table index. Numbers are decimal.
"""
import os
import struct
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "dev", "structview", "samples", "elf")

# Section header flags (elf.h SHF_*), by readelf's letters.
W, A, X, M, S, I, L, O, G, T, C = 0x1, 0x2, 0x4, 0x10, 0x20, 0x40, 0x80, 0x100, 0x200, 0x400, 0x800
E = 0x80000000              # SHF_EXCLUDE
X86_64_LARGE = 0x10000000   # SHF_X86_64_LARGE: readelf's 'l' on x86-64
OS_BIT = 0x00400000         # inside SHF_MASKOS: readelf's 'o'
GNU_RETAIN = 0x00200000     # SHF_GNU_RETAIN: 'R' under ELFOSABI_GNU
GNU_MBIND = 0x01000000      # SHF_GNU_MBIND: 'D'
PROC_BIT = 0x20000000       # inside SHF_MASKPROC: 'p', but 'y' (SHF_ARM_PURECODE) on ARM
PPC_VLE = 0x10000000        # SHF_PPC_VLE: 'v' on 32-bit PowerPC
UNKNOWN_BIT = 0x00001000    # no meaning: readelf's 'x'

# Section types (elf.h SHT_*).
NULL, PROGBITS, SYMTAB, STRTAB, RELA, HASH, DYNAMIC, NOTE, NOBITS, REL = range(10)
DYNSYM, INIT_ARRAY, FINI_ARRAY, PREINIT_ARRAY, GROUP = 11, 14, 15, 16, 17
VERSYM, X86_64_UNWIND = 0x6FFFFFFF, 0x70000001
ARM_ATTRIBUTES = AARCH64_ATTRIBUTES = 0x70000003
LOOS_SOMETHING, LOUSER_SOMETHING = 0x60000123, 0x80000042

SHN_XINDEX = 0xFFFF


class Section:
    """One section: its header fields, and its bytes (or, for NOBITS, only a size)."""

    def __init__(self, name, type_, flags=0, addr=0, link=0, info=0, align=1, entsize=0, data=b"", size=None,
                 name_from=None):
        self.name, self.type, self.flags, self.addr = name, type_, flags, addr
        self.link, self.info, self.align, self.entsize = link, info, align, entsize
        self.data = data
        self.size = len(data) if size is None else size
        self.name_from = name_from  # share the tail of another name, as linkers do (".text" in ".rela.text")
        self.offset = 0
        self.name_offset = 0


def section_name_table(sections):
    """The .shstrtab bytes; sets each section's name offset. Section 0's name is the empty string."""
    table = bytearray(b"\0")
    for s in sections[1:]:
        if s.name_from is None:
            s.name_offset = len(table)
            table += s.name.encode("ascii") + b"\0"
    for s in sections[1:]:
        if s.name_from is not None:
            donor = next(d for d in sections if d.name == s.name_from)
            assert donor.name.endswith(s.name)
            s.name_offset = donor.name_offset + len(donor.name) - len(s.name)
    return bytes(table)


def align(n, to):
    return (n + to - 1) // to * to if to > 1 else n


def build(name, bits, order, machine, type_, sections, osabi=0, entry=0, flags=0, escape_count=False,
          escape_index=False):
    """Lays the file out (header, section bytes, section header table) and writes it."""
    e = "<" if order == "little" else ">"
    ehdr = e + ("16sHHIQQQIHHHHHH" if bits == 64 else "16sHHIIIIIHHHHHH")
    shdr = e + ("IIQQQQIIQQ" if bits == 64 else "IIIIIIIIII")
    ehsize, shentsize = struct.calcsize(ehdr), struct.calcsize(shdr)
    names = sections[-1]
    assert names.name == ".shstrtab"
    names.data = section_name_table(sections)
    names.size = len(names.data)

    body = bytearray(ehsize)
    for s in sections[1:]:
        start = align(len(body), max(s.align, 1))
        body += bytes(start - len(body))
        s.offset = start
        if s.type != NOBITS:
            body += s.data
    shoff = align(len(body), 8)
    body += bytes(shoff - len(body))

    count, index = len(sections), len(sections) - 1
    zero = sections[0]
    zero.size = count if escape_count else 0
    zero.link = index if escape_index else 0
    for s in sections:
        body += struct.pack(shdr, s.name_offset, s.type, s.flags, s.addr, s.offset, s.size, s.link, s.info,
                            s.align, s.entsize)

    ident = b"\x7fELF" + bytes([1 if bits == 32 else 2, 1 if order == "little" else 2, 1, osabi, 0]) + bytes(7)
    shnum = 0 if escape_count else count
    shstrndx = SHN_XINDEX if escape_index else index
    body[:ehsize] = struct.pack(ehdr, ident, type_, machine, 1, entry, 0, shoff, flags, ehsize, 0, 0,
                                shentsize, shnum, shstrndx)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(body)

    header = [name, bits, order, osabi, 0, type_, machine, 1, entry, 0, shoff, flags, ehsize, 0, 0, shentsize,
              shnum, shstrndx, count, index]
    rows = [["header"] + header]
    for i, s in enumerate(sections):
        rows.append(["section", name, i, s.name, s.type, s.flags, s.addr, s.offset, s.size, s.link, s.info,
                     s.align, s.entsize])
    return rows


def null():
    return Section("", NULL, align=0)


def big64():
    """An s390x executable (ELFOSABI_GNU), big-endian, with the common section kinds."""
    return build("big64.elf", 64, "big", 22, 2, [
        null(),
        Section(".text", PROGBITS, A | X, addr=0x1000, align=16, data=bytes(range(48))),
        Section(".rodata.str", PROGBITS, A | M | S, addr=0x1030, entsize=1, data=b"hello\0world\0"),
        Section(".note.ABI-tag", NOTE, A, addr=0x103C, align=4, data=struct.pack(">III4sIIII", 4, 16, 1, b"GNU\0",
                                                                               0, 3, 2, 0)),
        Section(".data", PROGBITS, W | A, addr=0x2000, align=8, data=struct.pack(">Q", 0x0123456789ABCDEF)),
        Section(".tbss", NOBITS, W | A | T, addr=0x2008, align=8, size=0x40),
        Section(".bss", NOBITS, W | A, addr=0x2008, align=32, size=0x1000),
        Section(".retained", PROGBITS, A | GNU_RETAIN, addr=0x3008, data=b"keep"),
        Section(".mbind", PROGBITS, W | A | GNU_MBIND, addr=0x300C, data=b"node"),
        Section(".s390.proc", PROGBITS, PROC_BIT, data=b"p"),
        Section(".symtab", SYMTAB, link=11, info=1, align=8, entsize=24, data=bytes(48)),
        Section(".strtab", STRTAB, data=b"\0main\0"),
        Section(".shstrtab", STRTAB),
    ], osabi=3, entry=0x1000)


def little32():
    """An ARM relocatable object: REL with the info-link flag, a group, excluded, pure-code and unknown flags."""
    return build("little32.elf", 32, "little", 40, 1, [
        null(),
        Section(".group", GROUP, link=7, info=1, align=4, entsize=4, data=struct.pack("<II", 1, 3)),
        Section(".text", PROGBITS, A | X | G, align=16, data=b"\x90" * 20, name_from=".rel.text"),
        Section(".rel.text", REL, I | G, link=7, info=2, align=4, entsize=8, data=bytes(16)),
        Section(".data", PROGBITS, W | A, align=4, data=b"\1\2\3\4"),
        Section(".bss", NOBITS, W | A, align=4, size=64),
        Section(".comment", PROGBITS, M | S, entsize=1, data=b"GCC: (synthetic) 1.0\0"),
        Section(".symtab", SYMTAB, link=8, info=2, align=4, entsize=16, data=bytes(48)),
        Section(".strtab", STRTAB, data=b"\0f\0"),
        Section(".gnu.lto_.x", PROGBITS, E | UNKNOWN_BIT, data=b"lto"),
        Section(".text.pure", PROGBITS, A | X | PROC_BIT, align=4, data=bytes(4)),
        Section(".ARM.attributes", ARM_ATTRIBUTES, data=b"A"),
        Section(".shstrtab", STRTAB),
    ], flags=0x05000000)


def big32():
    """A 32-bit PowerPC shared object, big-endian: dynamic linking sections and an init array."""
    return build("big32.elf", 32, "big", 20, 3, [
        null(),
        Section(".hash", HASH, A, addr=0x94, link=2, align=4, entsize=4, data=bytes(16)),
        Section(".dynsym", DYNSYM, A, addr=0xA4, link=3, info=1, align=4, entsize=16, data=bytes(32)),
        Section(".dynstr", STRTAB, A, addr=0xC4, data=b"\0libc.so.6\0"),
        Section(".gnu.version", VERSYM, A, addr=0xD0, link=2, align=2, entsize=2, data=bytes(4)),
        Section(".rela.dyn", RELA, A, addr=0xD4, link=2, align=4, entsize=12, data=bytes(24)),
        Section(".text", PROGBITS, A | X, addr=0x100, align=4, data=b"\x4e\x80\x00\x20"),
        Section(".text.vle", PROGBITS, A | X | PPC_VLE, addr=0x104, align=2, data=b"\x00\x04"),
        Section(".init_array", INIT_ARRAY, W | A, addr=0x10104, align=4, entsize=4, data=bytes(4)),
        Section(".fini_array", FINI_ARRAY, W | A, addr=0x10108, align=4, entsize=4, data=bytes(4)),
        Section(".dynamic", DYNAMIC, W | A, addr=0x1010C, link=3, align=4, entsize=8, data=bytes(16)),
        Section(".shstrtab", STRTAB),
    ], entry=0x100)


def xindex64():
    """An x86-64 object whose header escapes both the section count and the name table's index."""
    return build("xindex64.elf", 64, "little", 62, 1, [
        null(),
        Section(".text", PROGBITS, A | X, align=16, data=b"\xc3"),
        Section(".lrodata", PROGBITS, A | X86_64_LARGE, align=8, data=bytes(8)),
        Section(".eh_frame", X86_64_UNWIND, A, align=8, data=bytes(24)),
        Section(".preinit_array", PREINIT_ARRAY, W | A, align=8, entsize=8, data=bytes(8)),
        Section(".os.thing", LOOS_SOMETHING, OS_BIT, data=b"os"),
        Section(".user.thing", LOUSER_SOMETHING, W, data=b"user"),
        Section(".note.empty", NOTE, align=4),
        Section(".shstrtab", STRTAB),
    ], escape_count=True, escape_index=True)


def xindex_big32():
    """A 32-bit big-endian AArch64-tagged object using the same escapes."""
    return build("xindex-big32.elf", 32, "big", 183, 1, [
        null(),
        Section(".text", PROGBITS, A | X, align=4, data=bytes(8)),
        Section(".data", PROGBITS, W | A, align=4, data=bytes(4)),
        Section(".AArch64.attributes", AARCH64_ATTRIBUTES, data=b"A"),
        Section(".shstrtab", STRTAB),
    ], escape_count=True, escape_index=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = big64() + little32() + big32() + xindex64() + xindex_big32()
    with open(os.path.join(OUT, "fixtures.tsv"), "w") as f:
        f.write("# python %s; written by samples/src/test/python/gen_elf_fixtures.py\n" % sys.version.split()[0])
        f.write("# header FILE CLASS DATA OSABI ABIVERSION TYPE MACHINE VERSION ENTRY PHOFF SHOFF FLAGS EHSIZE"
                " PHENTSIZE PHNUM SHENTSIZE SHNUM SHSTRNDX SECTIONS NAMETABLE\n")
        f.write("# section FILE INDEX NAME TYPE FLAGS ADDR OFFSET SIZE LINK INFO ALIGN ENTSIZE\n")
        for row in rows:
            f.write("\t".join(str(v) for v in row) + "\n")
    print("wrote %d files, %d sections" % (sum(r[0] == "header" for r in rows), sum(r[0] == "section" for r in rows)))


if __name__ == "__main__":
    main()
