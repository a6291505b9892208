package dev.structview.samples.wav;

import dev.structview.buffer.Memory;
import dev.structview.samples.cli.Args;
import dev.structview.samples.cli.Command;
import dev.structview.samples.cli.Input;
import dev.structview.samples.cli.Printable;
import dev.structview.samples.cli.Table;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * {@code structview wav FILE}: a WAV file's format, its length, and per channel the peak and RMS
 * level measured at the N-d sample view's strides, then its first frames. Files of any size are
 * read in place, and the levels in one pass over the samples with nothing allocated per sample.
 */
public final class WavCommand implements Command {
  /** How many frames are printed. */
  static final int FIRST_FRAMES = 5;
  /** How many channels the first frames show: a file may declare 65535. */
  static final int SHOWN_CHANNELS = 8;
  /** The {@code SPEAKER_*} bits of a channel mask, from bit 0. */
  private static final String[] SPEAKERS = {"FL", "FR", "FC", "LFE", "BL", "BR", "FLC", "FRC", "BC", "SL", "SR",
      "TC", "TFL", "TFC", "TFR", "TBL", "TBC", "TBR"};

  /** The command; it keeps no state between runs. */
  public WavCommand() {}

  @Override
  public String name() {
    return "wav";
  }

  @Override
  public String arguments() {
    return "FILE";
  }

  @Override
  public String summary() {
    return "show a WAV file's format, length, and per-channel peak and RMS levels";
  }

  @Override
  public String example() {
    return "structview wav recording.wav";
  }

  @Override
  public void run(Args args, PrintStream out) throws IOException {
    Input input = args.input();
    try (Memory memory = input.memory();
        FileChannel file = input.isStream() ? null : input.channel()) {
      print(input.name(), memory, file, out);
    }
  }

  /** Reads the WAV file between the buffer's position and limit and prints its report, headed by {@code name}. */
  static void print(String name, ByteBuffer bytes, PrintStream out) {
    try {
      print(name, Memory.of(bytes.slice()), null, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // nothing is read from a file: it cannot happen
    }
  }

  /**
   * Reads the WAV file in {@code memory} and prints its report, headed by {@code name}; the levels
   * read the samples from {@code file}, the file {@code memory} maps, when it is given.
   */
  static void print(String name, Memory memory, FileChannel file, PrintStream out) throws IOException {
    WavFile wav = WavFile.read(memory);
    out.printf("%s: WAVE audio, %d bytes, %d chunks%n", Printable.of(name), memory.byteSize(), wav.chunkCount());
    header(wav, out);
    if (wav.format().coding().isEmpty()) {
      field(out, "samples", "no sample view for " + wav.format().encoding());
      return;
    }
    try (Samples samples = file == null ? wav.samples() : wav.samples().readingFrom(file)) {
      field(out, "samples", describe(samples));
      if (samples.frames() > 0) {
        levels(samples, out);
        firstFrames(samples, out);
      }
    }
  }

  private static void header(WavFile wav, PrintStream out) {
    WaveFormat f = wav.format();
    field(out, "chunks", chunks(wav));
    if (wav.data().sizeUnknown()) {
      field(out, "sizes", "left unknown by a streaming writer: the samples run to the end of the file");
    } else if (wav.riffSizeUnknown()) {
      field(out, "sizes", "RIFF size left unknown by a streaming writer: the chunks run to the end of the file");
    }
    field(out, "encoding", f.encoding());
    field(out, "channels", f.channels() + (f.channelMask() == 0 ? "" : " (mask " + speakers(f.channelMask()) + ")"));
    field(out, "sample rate", f.sampleRate() + " Hz");
    field(out, "bits", f.bitsPerSample() + (f.validBits() == f.bitsPerSample() ? "" : " (" + f.validBits()
        + " valid)"));
    field(out, "block align", f.blockAlign() + " bytes");
    field(out, "byte rate", f.byteRate() + " bytes/s");
    if (f.subFormat() != null) {
      field(out, "sub-format", "{" + f.subFormat() + "}");
    }
    field(out, "frames", wav.frames() + (wav.strayBytes() == 0 ? "" : " (and " + wav.strayBytes()
        + " bytes of a partial frame, ignored)"));
    field(out, "duration", seconds(wav) + " s");
  }

  /** Frames over rate to the microsecond, without trailing zeros: {@code 0.5}, {@code 0.000188}. */
  private static String seconds(WavFile wav) {
    return BigDecimal.valueOf(wav.frames()).divide(BigDecimal.valueOf(wav.format().sampleRate()), 6,
        RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  private static String chunks(WavFile wav) {
    StringJoiner list = new StringJoiner(", ");
    for (Chunk c : wav.chunks()) {
      list.add(c.shownId() + " at " + c.offset() + " (" + c.size() + " bytes)");
    }
    long more = wav.chunkCount() - wav.chunks().size();
    return list + (more > 0 ? ", and " + more + " more" : "");
  }

  private static String speakers(long mask) {
    StringJoiner names = new StringJoiner(" ", String.format("0x%x: ", mask), "");
    for (int bit = 0; bit < SPEAKERS.length; bit++) {
      if ((mask & (1L << bit)) != 0) {
        names.add(SPEAKERS[bit]);
      }
    }
    return names.toString();
  }

  private static String describe(Samples samples) {
    return "MemoryView '" + samples.view().format() + "' " + Arrays.toString(samples.shape())
        + ", strides " + Arrays.toString(samples.view().strides())
        + (samples.coding() == SampleCoding.SIGNED_24 ? " (3 bytes a sample, little-endian)" : "")
        + (samples.coding() == SampleCoding.UNSIGNED_8 ? " (unsigned; shown centered: value - 128)" : "");
  }

  private static void levels(Samples samples, PrintStream out) throws IOException {
    out.println();
    Table table = new Table().right("channel").right("peak").right("peak dBFS").right("rms").right("rms dBFS");
    List<List<String>> rows = new ArrayList<>();
    ChannelStats[] stats = ChannelStats.of(samples);
    for (int c = 0; c < stats.length; c++) {
      ChannelStats s = stats[c];
      rows.add(List.of(Integer.toString(c), number(s.peak(), samples), decibels(s.peakDbfs()),
          fixed(s.rms(), samples.coding().isFloat() ? 6 : 1), decibels(s.rmsDbfs())));
    }
    table.print(out, rows);
  }

  private static void firstFrames(Samples samples, PrintStream out) {
    long shown = Math.min(FIRST_FRAMES, samples.frames());
    int channels = Math.min(SHOWN_CHANNELS, samples.channels());
    out.printf("%n  first %d frames%s%n", shown, channels < samples.channels() ? ", first " + channels
        + " channels" : "");
    Table table = new Table().right("frame");
    for (int c = 0; c < channels; c++) {
      table.right("ch" + c);
    }
    List<List<String>> rows = new ArrayList<>();
    for (long f = 0; f < shown; f++) {
      List<String> row = new ArrayList<>();
      row.add(Long.toString(f));
      for (int c = 0; c < channels; c++) {
        row.add(number(samples.value(f, c), samples));
      }
      rows.add(row);
    }
    table.print(out, rows);
  }

  private static String number(double value, Samples samples) {
    return samples.coding().isFloat() ? fixed(value, 6) : Long.toString((long) value);
  }

  private static String decibels(double db) {
    if (db == Double.NEGATIVE_INFINITY) {
      return "-inf";
    }
    return fixed(Math.abs(db) < 0.005 ? 0 : db, 2); // no "-0.00" for a peak a hair under full scale
  }

  /** {@code value} with {@code digits} decimals, in every locale. */
  private static String fixed(double value, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", value);
  }

  private static void field(PrintStream out, String name, String value) {
    out.printf("  %-12s %s%n", name, Printable.of(value));
  }
}
