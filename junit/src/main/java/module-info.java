/**
 * structview's JUnit 5 extension: {@code @CheckLeaks} fails a test that leaves a managed buffer or
 * an allocator block unreleased. It uses the JUnit Jupiter API of the tests that use it.
 */
module dev.structview.junit {
  requires dev.structview.runtime;
  requires transitive org.junit.jupiter.api;

  exports dev.structview.junit;
}
