#!/usr/bin/env python3.13
"""Writes the WAV and BMP fixtures that the JDK cannot write, with CPython's struct, and what they hold.

Run from the repository root:  python3.13 samples/src/test/python/gen_wav_bmp_fixtures.py

WAV (samples/src/test/resources/dev/structview/samples/wav/):
- float32-stereo.wav: IEEE float (tag 3) with an 18-byte 'fmt ' chunk, then 'fact', 'LIST' and an unknown
  'strv' chunk of odd size (so a pad byte follows it) before 'data'
- extensible-pcm24.wav: WAVE_FORMAT_EXTENSIBLE, 24-bit PCM sub-format, 20 valid bits, two channels
- extensible-float64.wav: WAVE_FORMAT_EXTENSIBLE, 64-bit IEEE float sub-format, one channel
- streaming-pcm16.wav: 16-bit PCM whose RIFF and data sizes are 0xFFFFFFFF, as a streaming writer
  leaves them when it cannot seek back
- fixtures.tsv: per file, its format and every sample value (frame by frame, channel by channel)

BMP (samples/src/test/resources/dev/structview/samples/bmp/):
- topdown24.bmp: BITMAPINFOHEADER, 24 bits, width 5 (rows padded from 15 to 16 bytes), height -3
  (top-down)
- topdown32-v5.bmp: BITMAPV5HEADER, 32 bits BI_BITFIELDS with BGRA masks, sRGB, width 3, height -2
- fixtures.tsv: per file, width, height and every pixel as RRGGBB (AARRGGBB for 32 bits), top row first
"""
import math
import os
import struct
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "resources", "dev", "structview", "samples")
WAV_DIR = os.path.join(ROOT, "wav")
BMP_DIR = os.path.join(ROOT, "bmp")

# KSDATAFORMAT_SUBTYPE_*: the format tag in the first two bytes, then the fixed tail of the base GUID.
GUID_TAIL = struct.pack("<HH", 0x0000, 0x0010) + bytes.fromhex("800000aa00389b71")


def sub_format(tag):
    return struct.pack("<I", tag) + GUID_TAIL


def chunk(cid, body):
    pad = b"\0" if len(body) % 2 else b""
    return struct.pack("<4sI", cid, len(body)) + body + pad


def riff(chunks, size=None):
    body = b"WAVE" + b"".join(chunks)
    return struct.pack("<4sI", b"RIFF", len(body) if size is None else size) + body


def fmt(tag, channels, rate, bits, extension=b""):
    block = channels * ((bits + 7) // 8)
    return struct.pack("<HHIIHH", tag, channels, rate, rate * block, block, bits) + extension


def wav_fixtures():
    fixtures = []

    frames = [(math.sin(i / 3), -1.0 if i == 0 else 1.0 if i == 1 else 0.25 * i - 1) for i in range(12)]
    data = b"".join(struct.pack("<ff", *f) for f in frames)
    info = chunk(b"LIST", b"INFO" + chunk(b"ISFT", b"structview\0"))
    odd = chunk(b"strv", b"unknown")  # 7 bytes: a pad byte follows, which a reader must skip
    fixtures.append(("float32-stereo.wav", 3, 2, 22050, 32,
                     riff([chunk(b"fmt ", fmt(3, 2, 22050, 32, struct.pack("<H", 0))),
                           chunk(b"fact", struct.pack("<I", len(frames))), info, odd, chunk(b"data", data)]),
                     [struct.unpack("<ff", struct.pack("<ff", *f)) for f in frames]))

    frames = [(-(1 << 23), (1 << 23) - 16)] + [((i * 123457) % (1 << 19) << 4, -(i << 12)) for i in range(1, 9)]
    data = b"".join(struct.pack("<ii", *f)[0:3] + struct.pack("<ii", *f)[4:7] for f in frames)
    ext = struct.pack("<HHI", 22, 20, 0x3) + sub_format(1)
    fixtures.append(("extensible-pcm24.wav", 0xFFFE, 2, 48000, 24,
                     riff([chunk(b"fmt ", fmt(0xFFFE, 2, 48000, 24, ext)), chunk(b"data", data)]), frames))

    frames = [(math.cos(i) * 0.75,) for i in range(7)]
    data = b"".join(struct.pack("<d", *f) for f in frames)
    ext = struct.pack("<HHI", 22, 64, 0x4) + sub_format(3)
    fixtures.append(("extensible-float64.wav", 0xFFFE, 1, 8000, 64,
                     riff([chunk(b"fmt ", fmt(0xFFFE, 1, 8000, 64, ext)),
                           chunk(b"fact", struct.pack("<I", len(frames))), chunk(b"data", data)]), frames))

    frames = [(v,) for v in (0, 1, -1, 32767, -32768, 1000, -1000)]
    data = b"".join(struct.pack("<h", *f) for f in frames)
    fixtures.append(("streaming-pcm16.wav", 1, 1, 16000, 16,
                     riff([chunk(b"fmt ", fmt(1, 1, 16000, 16)), struct.pack("<4sI", b"data", 0xFFFFFFFF) + data],
                          size=0xFFFFFFFF), frames))

    with open(os.path.join(WAV_DIR, "fixtures.tsv"), "w") as tsv:
        tsv.write("# python %s, gen_wav_bmp_fixtures.py\n" % sys.version.split()[0])
        tsv.write("# file\tformat_tag\tchannels\tsample_rate\tbits\tframes\tsamples (frame by frame, repr)\n")
        for name, tag, channels, rate, bits, content, values in fixtures:
            with open(os.path.join(WAV_DIR, name), "wb") as f:
                f.write(content)
            flat = ",".join(repr(v) for frame in values for v in frame)
            tsv.write("%s\t%d\t%d\t%d\t%d\t%d\t%s\n" % (name, tag, channels, rate, bits, len(values), flat))


def color(x, y):
    return ((x * 50 + y * 7) & 0xFF, (y * 80 + 3) & 0xFF, (x * y * 13 + 100) & 0xFF, ((x + y) * 40 + 15) & 0xFF)


def bmp(width, height, bits, info_header, pixels_of_row):
    stride = (width * bits + 31) // 32 * 4
    rows = b"".join(pixels_of_row(y).ljust(stride, b"\0") for y in range(abs(height)))
    offset = 14 + len(info_header)
    return struct.pack("<2sIHHI", b"BM", offset + len(rows), 0, 0, offset) + info_header + rows


def bmp_fixtures():
    fixtures = []
    width, height = 5, -3
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, 0, 2835, 2835, 0, 0)
    row = lambda y: b"".join(struct.pack("<BBB", b, g, r) for r, g, b, _ in (color(x, y) for x in range(width)))
    fixtures.append(("topdown24.bmp", width, height, bmp(width, height, 24, info, row),
                     ["%02x%02x%02x" % color(x, y)[:3] for y in range(3) for x in range(width)]))

    width, height = 3, -2
    endpoints = struct.pack("<9i", *range(1, 10))
    v5 = struct.pack("<IiiHHIIiiII", 124, width, height, 1, 32, 3, 0, 0, 0, 0, 0)
    v5 += struct.pack("<IIIII", 0x00FF0000, 0x0000FF00, 0x000000FF, 0xFF000000, 0x73524742)  # 'sRGB'
    v5 += endpoints + struct.pack("<III", 0, 0, 0) + struct.pack("<IIII", 4, 0, 0, 0)  # gammas; intent, profile
    assert len(v5) == 124
    row = lambda y: b"".join(struct.pack("<BBBB", b, g, r, a) for r, g, b, a in (color(x, y) for x in range(width)))
    fixtures.append(("topdown32-v5.bmp", width, height, bmp(width, height, 32, v5, row),
                     ["%02x%02x%02x%02x" % (color(x, y)[3], *color(x, y)[:3]) for y in range(2) for x in range(width)]))

    with open(os.path.join(BMP_DIR, "fixtures.tsv"), "w") as tsv:
        tsv.write("# python %s, gen_wav_bmp_fixtures.py\n" % sys.version.split()[0])
        tsv.write("# file\twidth\theight\tpixels (top row first, left to right; RRGGBB or AARRGGBB)\n")
        for name, w, h, content, pixels in fixtures:
            with open(os.path.join(BMP_DIR, name), "wb") as f:
                f.write(content)
            tsv.write("%s\t%d\t%d\t%s\n" % (name, w, h, ",".join(pixels)))


def main():
    os.makedirs(WAV_DIR, exist_ok=True)
    os.makedirs(BMP_DIR, exist_ok=True)
    wav_fixtures()
    bmp_fixtures()
    print("wrote", ", ".join(sorted(os.listdir(WAV_DIR) + os.listdir(BMP_DIR))))


if __name__ == "__main__":
    main()
