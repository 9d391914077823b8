package io.plugboard.archfixture.cycle.first;

import io.plugboard.archfixture.cycle.second.Second;

public final class First {
  public Second next() {
    return new Second();
  }
}
