package io.plugboard.wire;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Open Connectors' timestamps: UTC, to the second, {@code 2017-08-07T18:46:38Z}. */
final class Timestamps {
  private Timestamps() {}

  /** Written by hand for the common case, since every instance in every answer has two of them. */
  static String format(Instant instant) {
    LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    if (instant.getNano() != 0 || time.getYear() < 1000 || time.getYear() > 9999) {
      return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
    char[] text = new char[20];
    digits(text, 0, time.getYear(), 4);
    text[4] = '-';
    digits(text, 5, time.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, time.getDayOfMonth(), 2);
    text[10] = 'T';
    digits(text, 11, time.getHour(), 2);
    text[13] = ':';
    digits(text, 14, time.getMinute(), 2);
    text[16] = ':';
    digits(text, 17, time.getSecond(), 2);
    text[19] = 'Z';
    return new String(text);
  }

  private static void digits(char[] text, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
