/**
 * The support API of generated code: what the views that structview's annotation processor writes
 * call, and nothing else. It sits above {@code format}, {@code memory} and {@code view}; nothing in
 * the runtime depends on it.
 *
 * <p>This package is public so that generated classes, which live in the user's packages and
 * modules, can call it. It is not meant to be called by hand: its methods check what generated
 * code has already arranged (record ranges, constant messages), and their signatures follow the
 * processor, not user convenience. It is versioned as a whole by {@link dev.structview.support.Support#VERSION}:
 * every generated class checks, when it is initialized, that the runtime it runs against provides
 * the version its processor wrote it for, so that a processor and a runtime of different releases
 * fail with one clear message instead of a {@code NoSuchMethodError} deep in a read. Use one
 * version of {@code structview-processor} and {@code structview-runtime} ({@code structview-bom}
 * pins them).
 *
 * <p>Within one support version, a method may gain overloads but keeps its signature and meaning;
 * anything else is a new version, released with the processor that emits it.
 */
package dev.structview.support;
