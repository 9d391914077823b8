package io.plugboard.application.service;

import io.plugboard.application.port.in.UseCases;
import io.plugboard.application.port.out.AccountStore;
import io.plugboard.application.port.out.ElementCatalog;
import io.plugboard.application.port.out.InstanceStore;
import io.plugboard.application.port.out.SecretDigester;
import io.plugboard.application.port.out.SecretGenerator;
import java.time.Clock;

/** Builds every use case from the out-ports, so composition roots and tests wire them the same way. */
public final class UseCaseFactory {
  private UseCaseFactory() {}

  public static UseCases create(ElementCatalog catalog, InstanceStore instances, AccountStore accounts,
      SecretGenerator secrets, SecretDigester digester, Clock clock) {
    AccountService accountService = new AccountService(accounts, secrets, digester);
    ElementCatalogService elements = new ElementCatalogService(catalog);
    InstanceQueriesService queries = new InstanceQueriesService(instances);
    return new UseCases(
        new AuthenticationService(accounts, digester),
        accountService,
        accountService,
        elements,
        elements,
        new CreateInstanceService(catalog, instances, secrets, digester, clock),
        queries,
        queries,
        new DeleteInstanceService(instances));
  }
}
