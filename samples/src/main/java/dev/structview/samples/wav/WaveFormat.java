package dev.structview.samples.wav;

import java.util.Optional;

/**
 * What a {@code fmt } chunk says, validated: the encoding and the geometry of frames.
 *
 * @param formatTag the format tag: {@link #PCM}, {@link #IEEE_FLOAT}, {@link #EXTENSIBLE}, ...
 * @param channels the number of channels, at least 1
 * @param sampleRate frames per second, at least 1
 * @param byteRate the declared bytes per second (not checked: only players use it)
 * @param blockAlign bytes per frame, at least 1
 * @param bitsPerSample bits per sample (the container's, for WAVE_FORMAT_EXTENSIBLE)
 * @param validBits the bits that carry signal; {@code bitsPerSample} unless an extension says less
 * @param channelMask the speaker mask of WAVE_FORMAT_EXTENSIBLE, 0 otherwise
 * @param subFormat the sub-format GUID of WAVE_FORMAT_EXTENSIBLE, or {@code null}
 * @param encodingTag the tag that says how samples are coded: {@code formatTag}, or for
 *     WAVE_FORMAT_EXTENSIBLE the sub-format's tag (-1 when its GUID is not a base GUID)
 */
public record WaveFormat(int formatTag, int channels, long sampleRate, long byteRate, int blockAlign,
    int bitsPerSample, int validBits, long channelMask, String subFormat, int encodingTag) {
  /** {@code WAVE_FORMAT_PCM}. */
  public static final int PCM = 1;
  /** {@code WAVE_FORMAT_IEEE_FLOAT}. */
  public static final int IEEE_FLOAT = 3;
  /** {@code WAVE_FORMAT_ALAW}. */
  public static final int ALAW = 6;
  /** {@code WAVE_FORMAT_MULAW}. */
  public static final int MULAW = 7;
  /** {@code WAVE_FORMAT_EXTENSIBLE}. */
  public static final int EXTENSIBLE = 0xFFFE;

  /** Whether samples are linear PCM or IEEE float, whose frames {@link Samples} can view. */
  public boolean isLinear() {
    return encodingTag == PCM || encodingTag == IEEE_FLOAT;
  }

  /** The coding of the samples, if a {@link Samples} view can read them. */
  public Optional<SampleCoding> coding() {
    return isLinear() ? SampleCoding.of(encodingTag, blockAlign / channels) : Optional.empty();
  }

  /** The encoding in words: {@code "PCM, 16-bit signed"}, {@code "WAVE_FORMAT_EXTENSIBLE: IEEE float, 64-bit"}. */
  public String encoding() {
    String coded = coding(encodingTag);
    return formatTag == EXTENSIBLE ? "WAVE_FORMAT_EXTENSIBLE: " + coded : coded;
  }

  private String coding(int tag) {
    switch (tag) {
      case PCM:
        return "PCM, " + bitsPerSample + "-bit " + (bitsPerSample <= 8 ? "unsigned" : "signed");
      case IEEE_FLOAT:
        return "IEEE float, " + bitsPerSample + "-bit";
      case ALAW:
        return "A-law";
      case MULAW:
        return "mu-law";
      case -1:
        return "sub-format {" + subFormat + "}";
      default:
        return String.format("format tag 0x%04x", tag);
    }
  }
}
