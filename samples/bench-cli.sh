#!/bin/sh
# bench-cli.sh: the structview command line on big inputs, beside the reference tools on the same
# files: time (hyperfine when installed, else /usr/bin/time) and maximum resident memory (GNU time's
# %M, in KiB). Not part of the test suite: it writes about 8 GiB of files (most of it sparse) and
# runs for minutes.
#
#   mvn -o -q -pl samples -am package -DskipTests   # builds samples/target/structview
#   sh samples/bench-cli.sh                         # or: BENCH_DIR=/big/disk RUNS=5 sh samples/bench-cli.sh
#
# BENCH_DIR  where the inputs go (default /tmp/structview-bench; kept between runs, so a second run
#            skips making them)
# RUNS       timed runs of each command with hyperfine (default 3); without it, one run
# BIG_ZIP    1 (default) to make and list a 5 GiB ZIP64 archive written by Python's zipfile (5 GiB of
#            real disk), 0 to skip it
# STRUCTVIEW the launcher to measure (default: samples/target/structview beside this script)
#
# Max RSS counts the pages of a mapped file that the command touched (they are resident while
# mapped); dump reads files through a buffer of fixed size instead of mapping them, so its RSS is the
# JVM's and does not grow with the file.
set -eu

here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd -P)
sv=${STRUCTVIEW:-$here/target/structview}
dir=${BENCH_DIR:-/tmp/structview-bench}
runs=${RUNS:-3}
big_zip=${BIG_ZIP:-1}
case $sv in *" "*) echo "bench-cli.sh: the path of structview has a space: $sv; set STRUCTVIEW" >&2; exit 2 ;; esac
[ -x "$sv" ] || { echo "bench-cli.sh: $sv is missing; build it first (see the top of this script)" >&2; exit 2; }
for tool in od zip unzip python3 /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench-cli.sh: needs $tool" >&2; exit 2; }
done
mkdir -p "$dir"
cd "$dir"

gib=1073741824
make() { # make FILE COMMAND...: runs the command to make FILE unless it is there
  f=$1; shift
  [ -e "$f" ] || { echo "making $f" >&2; "$@"; }
}
make rec1g.bin sh -c "head -c $gib /dev/urandom > rec1g.bin"
make sparse1g.bin truncate -s 1G sparse1g.bin
make sparse4g.bin truncate -s 4G sparse4g.bin
make sparse5g.bin sh -c "truncate -s 5G sparse5g.bin && printf 'tail' | dd of=sparse5g.bin bs=1 seek=$((5 * gib - 4)) conv=notrunc status=none"
make 65600.zip sh -c 'rm -rf ztree && mkdir -p ztree/d && cd ztree/d && seq -f "entry%05g.txt" 0 65599 | xargs touch && cd .. && zip -q -r -D ../65600.zip d && cd .. && rm -rf ztree'
make 100mb.wav python3 -c '
import os, wave
with wave.open("100mb.wav", "wb") as w:
    w.setnchannels(2); w.setsampwidth(2); w.setframerate(44100)
    frames = 100 * 1000 * 1000 // 4
    for done in range(0, frames, 1 << 20):
        w.writeframes(os.urandom(min(1 << 20, frames - done) * 4))
'
# 2.5 GiB of silence: a 44-byte header, then a hole; the data size is in the header.
make sparse2g5.wav python3 -c '
import struct
data = 5 << 29
with open("sparse2g5.wav", "wb") as f:
    f.write(b"RIFF" + struct.pack("<I", 36 + data) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 2, 44100, 176400, 4, 16)
            + b"data" + struct.pack("<I", data))
    f.truncate(44 + data)
'
if [ "$big_zip" = 1 ]; then
  make zip64-5g.zip python3 -c '
import zipfile
zero = bytes(1 << 20)
with zipfile.ZipFile("zip64-5g.zip", "w", zipfile.ZIP_STORED) as z:
    with z.open("zeros.bin", "w", force_zip64=True) as f:
        for _ in range(5 << 10):
            f.write(zero)
    z.writestr("after.txt", "hello")
'
fi

rss() { # rss COMMAND...: the command's max RSS in KiB, its output thrown away
  /usr/bin/time -f %M -o rss.txt "$@" >/dev/null 2>&1 || true
  tail -n 1 rss.txt
}

seconds() { # seconds COMMAND...: mean wall time in seconds over $runs runs, and the mean CPU time
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N --runs "$runs" --export-json time.json --output null "$*" >/dev/null 2>&1
    python3 -c 'import json; r = json.load(open("time.json"))["results"][0]; print("%.2f s (cpu %.2f s)" % (r["mean"], r["user"] + r["system"]))'
  else
    /usr/bin/time -f "%e s (cpu %U + %S s)" -o t.txt "$@" >/dev/null 2>&1 || true
    tail -n 1 t.txt
  fi
}

row() { # row WHAT INPUT OURS [THEIRS]: a table row; commands are split at spaces (paths have none)
  # shellcheck disable=SC2086
  t=$(seconds $3); m=$(rss $3)
  ref="-"
  if [ -n "${4:-}" ]; then
    # shellcheck disable=SC2086
    ref="$(seconds $4), $(rss $4) KiB: \`$4\`"
  fi
  printf '| %s | %s | %s | %s KiB | %s |\n' "$1" "$2" "$t" "$m" "$ref"
}

set -f # the commands are split at spaces, on purpose, but their words are not file patterns
echo "structview $("$sv" --version | cut -d' ' -f2), $(java -version 2>&1 | head -n 1), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
echo
timing="mean of $runs"
command -v hyperfine >/dev/null 2>&1 || timing="one run: no hyperfine"
echo "| command | input | time ($timing) | max RSS | reference on the same file: time, max RSS |"
echo "| --- | --- | --- | --- | --- |"
row "dump --format '<4I'" "1 GiB, random" "$sv dump --format <4I rec1g.bin" "od -An -t u4 -w16 rec1g.bin"
row "dump --format '<1020xI'" "1 GiB, sparse" "$sv dump --format <1020xI sparse1g.bin"
row "dump --format '<1020xI'" "4 GiB, sparse" "$sv dump --format <1020xI sparse4g.bin"
row "dump --format '<1048572xI'" "5 GiB, sparse" "$sv dump --format <1048572xI sparse5g.bin"
row "dump --format 4s --offset 5 GiB - 4" "5 GiB, sparse" "$sv dump --format 4s --offset $((5 * gib - 4)) sparse5g.bin"
row "zip" "65,600 empty entries (Info-ZIP zip -D)" "$sv zip 65600.zip" "unzip -v 65600.zip"
row "wav" "100 MB, 16-bit stereo noise" "$sv wav 100mb.wav"
row "wav" "2.5 GiB of silence, sparse" "$sv wav sparse2g5.wav"
if [ "$big_zip" = 1 ]; then
  row "zip" "5 GiB ZIP64 (Python zipfile)" "$sv zip zip64-5g.zip" "unzip -v zip64-5g.zip"
fi
