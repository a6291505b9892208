package dev.structview.samples.wav;

import dev.structview.annotation.BufferFormat;

/**
 * The 24 bytes after {@link FmtChunk} in a WAVE_FORMAT_EXTENSIBLE {@code "fmt "} chunk: the size of
 * the extension (22), the valid bits, the speaker mask and the sub-format, a nested {@link Guid}.
 */
@BufferFormat("<H:extensionSize:H:validBits:I:channelMask:T{<I:data1:H:data2:H:data3:8s:data4:}:subFormat:")
public interface FmtExtension {
  /** {@code cbSize}: the bytes that follow it, at least 22. */
  int extensionSize();

  /** The bits of each sample that carry signal (the rest of the container is zero); 0 if unstated. */
  int validBits();

  /** Which speakers the channels feed, one bit each from front-left ({@code SPEAKER_*}). */
  long channelMask();

  /** The encoding: the format tag in the first two bytes of a base GUID ({@code KSDATAFORMAT_SUBTYPE_PCM}, ...). */
  Guid subFormat();
}
