/**
 * ZIP archives read in place: {@link dev.structview.zip.ZipArchive} maps a file of any size (ZIP64
 * included), checks its directory against truncated, corrupt and hostile archives, lists its
 * entries as {@link dev.structview.zip.ZipEntryInfo} records, and hands out a stored entry's data
 * zero-copy or any stored or deflated entry's content as a checked stream. Malformed archives give
 * a {@link dev.structview.zip.ZipFormatException}.
 */
package dev.structview.zip;
