/*
 * The same loop twice, once addressing its loads through RBP and once through RAX: the machine
 * check behind BENCHMARKS.md's "viewDirect on JDK 25 at 2^20" paragraph.
 *
 * Each loop sums the three fields of eight 7-byte <IhB records a turn, as C2 compiles W1's scan
 * (the instructions are those of its listing; only the base register differs). On the Intel Xeon
 * of 2026-12-07 the RBP loop took 0.58 ns a record over 2^20 records (7 MiB, from L2 and L3)
 * against 0.40 for RAX, RBX, R11, R12 and R13; over 4096 records (in L1) both took 0.32. C2 picks
 * RBP as a general register when a loop needs many, so which of two equal loops gets it is a
 * lottery of register allocation; -XX:+PreserveFramePointer keeps RBP out of it.
 *
 *   gcc -O2 -masm=intel -o /tmp/rbp-loads benchmarks/native/rbp-loads.c && /tmp/rbp-loads 1048576
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define RECORD(B, AT)                                                                     \
  "movzx r8, byte ptr [" B "+" #AT "+6]\n mov r9d, dword ptr [" B "+" #AT "]\n"             \
  "movsx r10, word ptr [" B "+" #AT "+4]\n add r10, r9\n add r10, r8\n add rsi, r10\n"
#define TURN(B) RECORD(B, 0) RECORD(B, 7) RECORD(B, 14) RECORD(B, 21) \
                RECORD(B, 28) RECORD(B, 35) RECORD(B, 42) RECORD(B, 49)

/* Sums n bytes of records at p with the loads addressed through RBP (saved and restored). */
static uint64_t through_rbp(const uint8_t *p, long n) {
  uint64_t sum;
  __asm__ volatile(
      "push rbp\n xor rsi, rsi\n xor rcx, rcx\n"
      "1:\n mov rbp, rdi\n add rbp, rcx\n" TURN("rbp")
      "add rcx, 56\n cmp rcx, rdx\n jl 1b\n pop rbp\n mov %0, rsi\n"
      : "=r"(sum) : "D"(p), "d"(n) : "rsi", "rcx", "r8", "r9", "r10", "memory", "cc");
  return sum;
}

/* The same loop with the loads addressed through RAX. */
static uint64_t through_rax(const uint8_t *p, long n) {
  uint64_t sum;
  __asm__ volatile(
      "xor rsi, rsi\n xor rcx, rcx\n"
      "1:\n mov rax, rdi\n add rax, rcx\n" TURN("rax")
      "add rcx, 56\n cmp rcx, rdx\n jl 1b\n mov %0, rsi\n"
      : "=r"(sum) : "D"(p), "d"(n) : "rax", "rsi", "rcx", "r8", "r9", "r10", "memory", "cc");
  return sum;
}

static double nanos(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e9 + t.tv_nsec;
}

/* The best of 200 passes, in ns a record. */
static double best(uint64_t (*loop)(const uint8_t *, long), const uint8_t *p, long records,
                   uint64_t *sink) {
  double fastest = 1e300;
  for (int pass = 0; pass < 200; pass++) {
    double start = nanos();
    *sink += loop(p, records * 7);
    double took = nanos() - start;
    fastest = took < fastest ? took : fastest;
  }
  return fastest / records;
}

int main(int argc, char **argv) {
  long records = argc > 1 ? atol(argv[1]) : 1048576;
  if (records < 8 || records % 8 != 0 || records > (1L << 28)) {
    fprintf(stderr, "records must be a multiple of 8 from 8 to 2^28, not %s\n", argv[1]);
    return 2;
  }
  uint8_t *p = malloc(records * 7);
  if (p == NULL) {
    fprintf(stderr, "cannot allocate %ld bytes\n", records * 7);
    return 2;
  }
  for (long i = 0; i < records * 7; i++) {
    p[i] = (uint8_t) (i * 31);
  }
  uint64_t sink = 0;
  for (int round = 0; round < 3; round++) {
    double rbp = best(through_rbp, p, records, &sink);
    double rax = best(through_rax, p, records, &sink);
    printf("%ld records: RBP %.3f ns a record, RAX %.3f\n", records, rbp, rax);
  }
  free(p);
  return (int) (sink & 1);
}
