package io.plugboard.adapter.http;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Request ids shaped like Open Connectors' (24 hex characters): seconds, a random process part, a counter. */
final class RequestIds {
  private static final int PROCESS = ThreadLocalRandom.current().nextInt();
  private static final AtomicInteger COUNTER = new AtomicInteger(ThreadLocalRandom.current().nextInt());

  private RequestIds() {}

  static String next() {
    byte[] id = new byte[12];
    int seconds = (int) (System.currentTimeMillis() / 1000);
    int count = COUNTER.getAndIncrement();
    for (int i = 0; i < 4; i++) {
      id[i] = (byte) (seconds >>> (24 - 8 * i));
      id[4 + i] = (byte) (PROCESS >>> (24 - 8 * i));
      id[8 + i] = (byte) (count >>> (24 - 8 * i));
    }
    return HexFormat.of().formatHex(id);
  }
}
