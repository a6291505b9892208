/**
 * The ZIP structures (APPNOTE.TXT) as {@code @BufferFormat} views, and the walks that read and
 * check them for {@link dev.structview.zip.ZipArchive}. Not exported: not API.
 */
package dev.structview.zip.internal;
