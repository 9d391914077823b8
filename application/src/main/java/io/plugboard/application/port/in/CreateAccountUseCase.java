package io.plugboard.application.port.in;

public interface CreateAccountUseCase {
  /** @throws io.plugboard.domain.ValidationException when the names break their rules */
  NewAccount createAccount(CreateAccountCommand command);
}
