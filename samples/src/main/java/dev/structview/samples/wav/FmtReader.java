package dev.structview.samples.wav;

import dev.structview.io.Placer;
import dev.structview.io.Window;
import dev.structview.samples.io.MalformedFileException;
import dev.structview.samples.io.Region;
import java.util.Arrays;

/** Reads and validates a {@code fmt } chunk through {@link FmtChunkView} and {@link FmtExtensionView}. */
final class FmtReader {
  /** The fixed tail of every {@code KSDATAFORMAT_SUBTYPE_*} GUID built on a format tag. */
  private static final byte[] BASE_GUID_TAIL = {(byte) 0x80, 0, 0, (byte) 0xaa, 0, 0x38, (byte) 0x9b, 0x71};
  private static final int EXTENSION_SIZE = 22;

  private FmtReader() {}

  /**
   * Reads the format of the {@code fmt } chunk {@code fmt}.
   *
   * @throws MalformedFileException if the chunk is too short or its fields contradict each other
   */
  static WaveFormat read(Window file, Chunk fmt) {
    String where = "'fmt ' chunk at offset " + fmt.offset();
    if (fmt.size() < FmtChunkView.SIZE) {
      throw new MalformedFileException(where + " is " + fmt.size() + " bytes; a WAVE format needs at least "
          + FmtChunkView.SIZE);
    }
    FmtChunkView f = new Placer<>(file, FmtChunkView.SIZE, FmtChunkView::wrap, FmtChunkView::moveTo)
        .at(Region.check(file.size(), fmt.bodyOffset(), FmtChunkView.SIZE, "'fmt ' chunk"));
    require(f.channels() > 0, where + " has 0 channels");
    require(f.sampleRate() > 0, where + " has a sample rate of 0");
    require(f.blockAlign() > 0, where + " has a block align of 0");
    if (f.formatTag() != WaveFormat.EXTENSIBLE) {
      return checked(new WaveFormat(f.formatTag(), f.channels(), f.sampleRate(), f.byteRate(), f.blockAlign(),
          f.bitsPerSample(), f.bitsPerSample(), 0, null, f.formatTag()), where);
    }
    return checked(extensible(file, fmt, f, where), where);
  }

  private static WaveFormat extensible(Window file, Chunk fmt, FmtChunkView f, String where) {
    long needed = FmtChunkView.SIZE + FmtExtensionView.SIZE;
    if (fmt.size() < needed) {
      throw new MalformedFileException(where + " is " + fmt.size() + " bytes; WAVE_FORMAT_EXTENSIBLE needs "
          + needed);
    }
    long at = fmt.bodyOffset() + FmtChunkView.SIZE;
    FmtExtensionView x = new Placer<>(file, FmtExtensionView.SIZE, FmtExtensionView::wrap, FmtExtensionView::moveTo)
        .at(Region.check(file.size(), at, FmtExtensionView.SIZE, "WAVE_FORMAT_EXTENSIBLE extension"));
    require(x.extensionSize() >= EXTENSION_SIZE, "WAVE_FORMAT_EXTENSIBLE extension at offset " + at
        + " declares " + x.extensionSize() + " bytes; it needs " + EXTENSION_SIZE);
    require(x.validBits() <= f.bitsPerSample(), "WAVE_FORMAT_EXTENSIBLE extension at offset " + at + " has "
        + x.validBits() + " valid bits in samples of " + f.bitsPerSample());
    Guid guid = x.subFormat();
    int tag = guid.data1() <= 0xFFFF && guid.data2() == 0 && guid.data3() == 0x10
        && Arrays.equals(guid.data4(), BASE_GUID_TAIL) ? (int) guid.data1() : -1;
    int valid = x.validBits() == 0 ? f.bitsPerSample() : x.validBits();
    return new WaveFormat(f.formatTag(), f.channels(), f.sampleRate(), f.byteRate(), f.blockAlign(),
        f.bitsPerSample(), valid, x.channelMask(), guid.text(), tag);
  }

  /** Linear samples must fill their frames exactly: {@code blockAlign = channels * ceil(bits / 8)}. */
  private static WaveFormat checked(WaveFormat format, String where) {
    if (!format.isLinear()) {
      return format;
    }
    require(format.bitsPerSample() > 0, where + " has 0 bits per sample");
    long frame = (long) format.channels() * ((format.bitsPerSample() + 7) / 8);
    require(format.blockAlign() == frame, where + " has a block align of " + format.blockAlign() + ", but "
        + format.channels() + " channels of " + format.bitsPerSample() + " bits need " + frame);
    return format;
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new MalformedFileException(problem);
    }
  }
}
