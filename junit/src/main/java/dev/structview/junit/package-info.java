/**
 * JUnit 5 support for structview: {@link dev.structview.junit.CheckLeaks} (or
 * {@code @ExtendWith(LeakCheck.class)}) fails a test that leaves managed buffers or allocator
 * blocks unreleased, listing each with where it was acquired.
 */
package dev.structview.junit;
