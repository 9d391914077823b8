package io.plugboard.archfixture.adaptercoupling.adapter.http;

import io.plugboard.archfixture.adaptercoupling.adapter.cli.CliCommand;

/** Breaks the rule on purpose: the HTTP adapter calls into the CLI adapter. */
public final class HttpHandlerCallingCli {
  public int handle() {
    return new CliCommand().run();
  }
}
