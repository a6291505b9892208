package dev.structview.samples.wav;

import dev.structview.annotation.BufferFormat;

/** The first 16 bytes of a {@code "fmt "} chunk: Windows' {@code WAVEFORMAT} with {@code wBitsPerSample}. */
@BufferFormat("<H:formatTag:H:channels:I:sampleRate:I:byteRate:H:blockAlign:H:bitsPerSample:")
public interface FmtChunk {
  /** 1 for PCM, 3 for IEEE float, 0xFFFE for WAVE_FORMAT_EXTENSIBLE, others for codecs. */
  int formatTag();

  /** The number of interleaved channels. */
  int channels();

  /** Frames per second. */
  long sampleRate();

  /** Bytes per second: {@code sampleRate * blockAlign} for PCM. */
  long byteRate();

  /** Bytes per frame: {@code channels * ceil(bitsPerSample / 8)} for PCM. */
  int blockAlign();

  /** Bits per sample; for WAVE_FORMAT_EXTENSIBLE, the container's size. */
  int bitsPerSample();
}
