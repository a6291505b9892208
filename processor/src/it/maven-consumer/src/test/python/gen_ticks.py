"""Packs the records that TickViewTest reads and expects, with CPython's struct.

Run: python3.13 src/test/python/gen_ticks.py
and paste its output into TickViewTest's TICKS text block.
"""
import struct

FORMAT = "<IhB6s3H"  # Tick's @BufferFormat: uint32, int16, uint8, 6-byte string, 3 x uint16

RECORDS = [
    (1, -2, 3, b"ACME", (1, 2, 3)),  # short string: NUL-padded
    (4294967295, -32768, 255, b"SIXCHR", (0, 65535, 300)),  # every field at an edge; string fills its 6 bytes
    (1234567890, 32767, 128, b"TOOLONGSYM", (7, 8, 9)),  # struct truncates a long string to 6 bytes
]

assert struct.calcsize(FORMAT) == 19
for id_, delta, flags, symbol, levels in RECORDS:
    print(struct.pack(FORMAT, id_, delta, flags, symbol, *levels).hex())
