/**
 * Reading files of any size through generated views, whose indices are {@code int}s: a mapped
 * file, a {@link dev.structview.io.Window} that moves over it, a {@link dev.structview.io.Placer}
 * that places one view at file offsets. Not exported, so not API: the ZIP reader uses it, and so
 * do the samples' readers of ELF, WAV and BMP files, which run on the class path.
 */
package dev.structview.io;
