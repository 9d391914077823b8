package io.plugboard.archfixture.adaptercoupling.adapter.cli;

public final class CliCommand {
  public int run() {
    return 0;
  }
}
