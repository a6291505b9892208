/**
 * Allocators that hand out tracked blocks of memory: CPython's memory interface
 * ({@code PyMem_Malloc}, {@code PyMem_Realloc}, {@code PyMem_Free}) for the JVM.
 *
 * <p>A {@link dev.structview.alloc.BufferAllocator} makes {@link dev.structview.alloc.Block}s of one
 * {@link dev.structview.alloc.AllocatorFamily}, counts their bytes against an optional limit, and
 * names where each unreleased block was made ({@link dev.structview.alloc.LeakTracking}). Misuse
 * that is undefined behaviour in C (double free, freeing into the wrong family, using a moved
 * block) is a loud exception here.
 */
package dev.structview.alloc;
