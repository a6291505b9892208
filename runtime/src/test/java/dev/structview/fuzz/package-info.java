/**
 * Fuzz and hostile-input tests of the public API: properties checked on random samples against
 * independent models ({@link dev.structview.fuzz.ReferenceLayout}, {@link dev.structview.fuzz.ValueModel},
 * {@link dev.structview.fuzz.ViewModel}), a corpus CPython 3.13 ran
 * ({@code src/test/python/gen_fuzz_corpus.py}), and hostile inputs with CPython's answers
 * ({@code src/test/python/gen_hostile_vectors.py}).
 *
 * <p>The properties run on the project's own small runner, {@link dev.structview.testing.Property},
 * in plain JUnit: the project does not use jqwik, whose author asks, from version 1.10 on, that AI
 * agents not use it, and agents work on this project.
 *
 * <p>The normal build runs each property a CI-sized number of times with the fixed seed 20261121.
 * The long run tries each 10<sup>6</sup> times (the processor's property, in its own module,
 * 10<sup>4</sup>) with fresh seeds:
 *
 * <pre>
 * mvn -B -ntp test -pl annotations,runtime,processor -am -Dinvoker.skip \
 *     -Dtest='*FuzzTest' -Dsurefire.failIfNoSpecifiedTests=false -Dstructview.fuzz=long
 * </pre>
 *
 * <p>Each property prints and appends to {@code target/fuzz-report.txt} its mode, tries, seed,
 * time, status and counters. A failure names its seed, try index and sample, and the system
 * properties that replay that one try:
 *
 * <pre>
 * mvn -B -ntp test -pl annotations,runtime -am -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='StructFuzzTest#packingWritesOnlyTheRecordOrNothing' \
 *     -Dstructview.fuzz.seed=SEED -Dstructview.fuzz.try=TRY
 * </pre>
 *
 * <p>({@code -Dstructview.fuzz.size=SIZE} too, for a smaller sample the report found.) See
 * {@link dev.structview.testing.Budget} for every setting.
 */
package dev.structview.fuzz;
