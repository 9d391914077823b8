package io.plugboard.archfixture.cycle.second;

import io.plugboard.archfixture.cycle.first.First;

/** Closes a package cycle on purpose. */
public final class Second {
  public First back() {
    return new First();
  }
}
