/*
 * A disassembler plugin for HotSpot (hsdis-amd64.so) over the Capstone library, so that
 * -XX:+PrintAssembly and JMH's -prof perfasm print instructions instead of hex.
 *
 * Why it is here: JDK 17 and later call decode_instructions_virtual, which Debian's packaged
 * hsdis (libhsdis0-fcml) lacks, and the JDK builds that ship an hsdis are not on this machine.
 * Build and install (Debian: apt-get install gcc libcapstone-dev), once per JDK:
 *
 *   gcc -O2 -shared -fPIC -o hsdis-amd64.so hsdis-capstone.c -lcapstone
 *   ln -sf "$PWD/hsdis-amd64.so" "$JAVA_HOME/lib/server/hsdis-amd64.so"
 *
 * Output is Intel syntax, x86-64 only. Not part of any artifact.
 */
#include <stdint.h>
#include <stddef.h>
#include <capstone/capstone.h>

typedef void* (*event_callback_t)(void* stream, const char* event, void* arg);
typedef int (*printf_callback_t)(void* stream, const char* format, ...);

/* The entry point HotSpot looks up: disassembles [start_va, end_va), reporting each instruction. */
void* decode_instructions_virtual(uintptr_t start_va, uintptr_t end_va, unsigned char* buffer, uintptr_t length,
                                  event_callback_t event_callback, void* event_stream,
                                  printf_callback_t printf_callback, void* printf_stream,
                                  const char* options, int newline) {
  (void) end_va;
  (void) options;
  csh handle;
  if (cs_open(CS_ARCH_X86, CS_MODE_64, &handle) != CS_ERR_OK) {
    return NULL;
  }
  cs_option(handle, CS_OPT_SYNTAX, CS_OPT_SYNTAX_INTEL);
  cs_insn* insn;
  size_t count = cs_disasm(handle, buffer, length, start_va, 0, &insn);
  for (size_t i = 0; i < count; i++) {
    (*event_callback)(event_stream, "insn", (void*) (uintptr_t) insn[i].address);
    (*printf_callback)(printf_stream, "%s\t%s", insn[i].mnemonic, insn[i].op_str);
    (*event_callback)(event_stream, "/insn", (void*) (uintptr_t) (insn[i].address + insn[i].size));
    if (newline) {
      (*printf_callback)(printf_stream, "\n");
    }
  }
  if (count > 0) {
    cs_free(insn, count);
  }
  cs_close(&handle);
  return NULL;
}
