package io.plugboard.testkit;

import io.plugboard.application.port.out.AccountStore;
import io.plugboard.application.port.out.InstanceStore;
import org.junit.jupiter.api.Nested;

class InMemoryStoresTest {
  @Nested
  class Instances extends InstanceStoreContract {
    @Override
    protected InstanceStore store() {
      return new InMemoryInstanceStore();
    }
  }

  @Nested
  class Accounts extends AccountStoreContract {
    @Override
    protected AccountStore store() {
      return new InMemoryAccountStore();
    }
  }
}
