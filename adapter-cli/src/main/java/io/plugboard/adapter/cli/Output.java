package io.plugboard.adapter.cli;

import io.plugboard.wire.JsonOutput;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Where a command's result goes: stdout, as the same JSON the HTTP API returns. */
final class Output {
  private final PrintWriter out;
  private final boolean pretty;

  Output(PrintWriter out, boolean pretty) {
    this.out = out;
    this.pretty = pretty;
  }

  void json(JsonOutput.Body body) {
    byte[] bytes = pretty ? JsonOutput.pretty(body) : JsonOutput.compact(body);
    out.print(new String(bytes, StandardCharsets.UTF_8));
    if (!pretty) {
      out.println();
    }
    out.flush();
  }

  void line(String text) {
    out.println(text);
    out.flush();
  }
}
