package dev.structview.zip;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * An MS-DOS date and time as ZIP headers store them: local time, two-second resolution, years
 * 1980 to 2107. The raw fields are kept, because writers store impossible dates (month 0) that a
 * listing should show as they are rather than fail on.
 *
 * @param date the date field: bits 15-9 years since 1980, 8-5 month, 4-0 day
 * @param time the time field: bits 15-11 hours, 10-5 minutes, 4-0 seconds / 2
 */
public record DosDateTime(int date, int time) {
  /** Returns the year, 1980 to 2107. */
  public int year() {
    return 1980 + (date >> 9 & 0x7f);
  }

  /** Returns the month as stored, normally 1 to 12. */
  public int month() {
    return date >> 5 & 0xf;
  }

  /** Returns the day of the month as stored, normally 1 to 31. */
  public int day() {
    return date & 0x1f;
  }

  /** Returns the hour as stored, normally 0 to 23. */
  public int hour() {
    return time >> 11 & 0x1f;
  }

  /** Returns the minute as stored, normally 0 to 59. */
  public int minute() {
    return time >> 5 & 0x3f;
  }

  /** Returns the second, always even: 0 to 62 as stored. */
  public int second() {
    return (time & 0x1f) * 2;
  }

  /** Returns the date and time, or empty when the fields name no real one (month 0, 31 February). */
  public Optional<LocalDateTime> toLocalDateTime() {
    try {
      return Optional.of(LocalDateTime.of(year(), month(), day(), hour(), minute(), second()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Returns {@code 2024-02-29 13:37:42}, the fields as stored even when they name no real date. */
  @Override
  public String toString() {
    // By hand, not String.format: a listing of 65,000 entries spent a tenth of its time in the Formatter.
    StringBuilder s = new StringBuilder(19).append(year()); // 1980 to 2107: always four digits
    two(s.append('-'), month());
    two(s.append('-'), day());
    two(s.append(' '), hour());
    two(s.append(':'), minute());
    two(s.append(':'), second());
    return s.toString();
  }

  /** Appends a field of at most two digits as {@code %02d} does (every field is below 100). */
  private static void two(StringBuilder s, int value) {
    s.append(value < 10 ? "0" : "").append(value);
  }
}
