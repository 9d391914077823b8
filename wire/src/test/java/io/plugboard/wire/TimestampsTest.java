package io.plugboard.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TimestampsTest {
  @Test
  void writes_what_iso_instant_writes_for_whole_seconds() {
    assertThat(Timestamps.format(Instant.parse("2017-08-07T18:46:38Z"))).isEqualTo("2017-08-07T18:46:38Z");
    Random random = new Random(42);
    for (int i = 0; i < 10_000; i++) {
      Instant instant = Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE) * 4L - 2_000_000_000L);
      assertThat(Timestamps.format(instant)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant));
    }
  }

  @Test
  void falls_back_to_iso_instant_outside_four_digit_years_and_whole_seconds() {
    for (String text : new String[] {"0999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "2017-08-07T18:46:38.5Z"}) {
      Instant instant = Instant.parse(text);
      assertThat(Timestamps.format(instant)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant));
    }
  }
}
