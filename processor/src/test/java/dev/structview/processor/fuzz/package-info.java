/**
 * The processor fuzzed with random {@code @BufferFormat} declarations
 * ({@link dev.structview.processor.fuzz.InterfaceShapes}), compiled with Google compile-testing, on
 * the runtime's property runner ({@code dev.structview.testing.Property}, from the runtime's test
 * jar): 60 compilations of 1 to 3 declarations in the normal build, 10<sup>4</sup> of 1 to 200
 * (about 10<sup>6</sup> declarations) with {@code -Dstructview.fuzz=long} (see the runtime's
 * {@code dev.structview.fuzz} package for the commands, and for replaying a failure). The bugs it
 * found are reproduced, as regression tests, in
 * {@link dev.structview.processor.fuzz.ProcessorFuzzFindingsTest}.
 */
package dev.structview.processor.fuzz;
