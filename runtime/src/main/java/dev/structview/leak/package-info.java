/**
 * Leak detection for the runtime's releasable resources: managed-buffer envelopes that were never
 * released to their exporter, and allocator blocks that were never freed.
 *
 * <p>Like Netty's {@code ResourceLeakDetector}, but exact: every tracked resource is in the
 * registry from acquisition to release (no sampling), and one that becomes unreachable without
 * being released is found through a weak reference, which keeps neither the resource nor its
 * exporter alive. {@link dev.structview.leak.Leaks} is the API: the level
 * ({@code -Dstructview.leaks=off|counts|traces}), the live set, and reports. The JUnit 5 extension
 * in {@code structview-junit} fails a test that leaves resources behind.
 */
package dev.structview.leak;
