/*
 * One loop three ways, differing only in how its loads are addressed: the machine checks behind
 * BENCHMARKS.md's "viewDirect on JDK 25 at 2^20" and "A for-each over a mapped file".
 *
 * Each loop sums the three fields of eight 7-byte <IhB records a turn, as C2 compiles W1's scan
 * (the instructions are those of its listings): through a base in RAX, through a base in RBP, and
 * through RAX with the turn's position added to an origin loaded from memory, as C2 compiles a
 * loop whose origin it spilled. On the Intel Xeon of 2026-12-07, over 2^20 records (7 MiB, from
 * L2 and L3) RBP took 0.49 to 0.59 ns a record against 0.38 to 0.41 through RAX (RBX, R11, R12 and
 * R13 alike); over 4096 records, in L1, all took 0.32. Over a mapped 1 GiB file the loaded origin
 * read 4.1 GB/s against 6.1 with the origin in a register, wherever the origin was loaded from.
 *
 *   gcc -O2 -masm=intel -o /tmp/address-loads benchmarks/native/address-loads.c
 *   /tmp/address-loads 1048576            # records in memory of its own
 *   /tmp/address-loads 0 FILE             # the records of a mapped FILE, as W6 reads them
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>

#define RECORD(B, AT)                                                                     \
  "movzx r8, byte ptr [" B "+" #AT "+6]\n mov r9d, dword ptr [" B "+" #AT "]\n"             \
  "movsx r10, word ptr [" B "+" #AT "+4]\n add r10, r9\n add r10, r8\n add rsi, r10\n"
#define TURN(B) RECORD(B, 0) RECORD(B, 7) RECORD(B, 14) RECORD(B, 21) \
                RECORD(B, 28) RECORD(B, 35) RECORD(B, 42) RECORD(B, 49)
/* The loop over n bytes (RDX) of records at RDI, its loads addressed through base register B. */
#define LOOP(B) "1:\n mov " B ", rdi\n add " B ", rcx\n" TURN(B) "add rcx, 56\n cmp rcx, rdx\n jl 1b\n"

/* An origin of 0 that the third loop loads at every turn, as C2's code reloads a spilled one. */
static volatile int32_t origin[16];

/* Sums n bytes of records at p with the loads addressed through RAX. */
static uint64_t through_rax(const uint8_t *p, long n) {
  uint64_t sum;
  __asm__ volatile(
      "xor rsi, rsi\n xor rcx, rcx\n" LOOP("rax") "mov %0, rsi\n"
      : "=r"(sum) : "D"(p), "d"(n) : "rax", "rsi", "rcx", "r8", "r9", "r10", "memory", "cc");
  return sum;
}

/* The same loop with the loads addressed through RBP (saved and restored). */
static uint64_t through_rbp(const uint8_t *p, long n) {
  uint64_t sum;
  __asm__ volatile(
      "push rbp\n xor rsi, rsi\n xor rcx, rcx\n" LOOP("rbp") "pop rbp\n mov %0, rsi\n"
      : "=r"(sum) : "D"(p), "d"(n) : "rsi", "rcx", "r8", "r9", "r10", "memory", "cc");
  return sum;
}

/* The RAX loop with each turn's position added to the origin, loaded from memory every turn. */
static uint64_t loaded_origin(const uint8_t *p, long n) {
  uint64_t sum;
  __asm__ volatile(
      "xor rsi, rsi\n xor rcx, rcx\n lea r11, [rip + origin]\n"
      "1:\n mov eax, ecx\n add eax, dword ptr [r11]\n movsxd rax, eax\n add rax, rdi\n" TURN("rax")
      "add rcx, 56\n cmp rcx, rdx\n jl 1b\n mov %0, rsi\n"
      : "=r"(sum) : "D"(p), "d"(n) : "rax", "rsi", "rcx", "r8", "r9", "r10", "r11", "memory", "cc");
  return sum;
}

static double nanos(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e9 + t.tv_nsec;
}

/* The best of some passes over n bytes, in ns. */
static double best(uint64_t (*loop)(const uint8_t *, long), const uint8_t *p, long n, int passes,
                   uint64_t *sink) {
  double fastest = 1e300;
  for (int pass = 0; pass < passes; pass++) {
    double start = nanos();
    *sink += loop(p, n);
    double took = nanos() - start;
    fastest = took < fastest ? took : fastest;
  }
  return fastest;
}

/* Maps FILE read-only and sets *n to its bytes of whole turns, or returns NULL saying why. */
static const uint8_t *map_file(const char *file, long *n) {
  int fd = open(file, O_RDONLY);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0 || st.st_size < 56 || st.st_size > (1L << 31) - 56) {
    fprintf(stderr, "%s: not a readable file of 56 bytes to 2 GiB\n", file);
    return NULL;
  }
  void *p = mmap(NULL, st.st_size, PROT_READ, MAP_SHARED, fd, 0);
  if (p == MAP_FAILED) {
    fprintf(stderr, "%s: cannot map it\n", file);
    return NULL;
  }
  *n = st.st_size / 56 * 56;
  return p;
}

int main(int argc, char **argv) {
  long records = argc > 1 ? atol(argv[1]) : 1048576;
  long n;
  const uint8_t *p;
  if (argc > 2) {
    if ((p = map_file(argv[2], &n)) == NULL) {
      return 2;
    }
  } else {
    if (records < 8 || records % 8 != 0 || records > (1L << 28)) {
      fprintf(stderr, "records must be a multiple of 8 from 8 to 2^28, not %s\n", argv[1]);
      return 2;
    }
    n = records * 7;
    uint8_t *own = malloc(n);
    if (own == NULL) {
      fprintf(stderr, "cannot allocate %ld bytes\n", n);
      return 2;
    }
    for (long i = 0; i < n; i++) {
      own[i] = (uint8_t) (i * 31);
    }
    p = own;
  }
  int passes = n > (64L << 20) ? 5 : 200;
  uint64_t sink = 0;
  for (int round = 0; round < 3; round++) {
    double rax = best(through_rax, p, n, passes, &sink);
    double rbp = best(through_rbp, p, n, passes, &sink);
    double loaded = best(loaded_origin, p, n, passes, &sink);
    printf("%ld records: RAX %.3f ns a record (%.2f GB/s), RBP %.3f (%.2f GB/s), loaded origin %.3f (%.2f GB/s)\n",
           n / 7, rax * 7 / n, n / rax, rbp * 7 / n, n / rbp, loaded * 7 / n, n / loaded);
  }
  return (int) (sink & 1);
}
