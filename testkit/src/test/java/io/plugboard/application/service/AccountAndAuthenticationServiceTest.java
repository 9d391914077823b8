package io.plugboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plugboard.application.port.in.Caller;
import io.plugboard.application.port.in.CreateAccountCommand;
import io.plugboard.application.port.in.Credentials;
import io.plugboard.application.port.in.NewAccount;
import io.plugboard.application.port.in.NotAuthenticatedException;
import io.plugboard.domain.ValidationException;
import io.plugboard.domain.Violation;
import io.plugboard.testkit.InMemoryAccountStore;
import io.plugboard.testkit.TestSecrets;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountAndAuthenticationServiceTest {
  private final InMemoryAccountStore store = new InMemoryAccountStore();
  private final TestSecrets secrets = new TestSecrets();
  private final AccountService accounts = new AccountService(store, secrets, secrets);
  private final AuthenticationService authentication = new AuthenticationService(store, secrets);

  @Test
  void a_new_account_authenticates_with_its_secrets() {
    NewAccount account = accounts.createAccount(new CreateAccountCommand(" Acme ", "ops@acme.test"));

    assertThat(account.organization().name()).isEqualTo("Acme");
    assertThat(account.credentials().userSecret()).hasSize(44);
    assertThat(account.credentials().organizationSecret()).matches("[0-9a-f]{32}");
    assertThat(account.credentials().authorizationHeader()).isEqualTo(
        "User " + account.credentials().userSecret() + ", Organization " + account.credentials().organizationSecret());
    assertThat(authentication.authenticate(account.credentials()))
        .isEqualTo(new Caller(account.organization().id(), account.user().id()));
  }

  @Test
  void account_names_are_validated_together() {
    assertThatThrownBy(() -> accounts.createAccount(new CreateAccountCommand(" ", "x".repeat(256))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
            new Violation("organization", "is required"),
            new Violation("user", "must be at most 255 characters")));
  }

  @Test
  void every_kind_of_wrong_credentials_gets_the_same_answer() {
    NewAccount acme = accounts.createAccount(new CreateAccountCommand("Acme", "a@acme.test"));
    NewAccount globex = accounts.createAccount(new CreateAccountCommand("Globex", "b@globex.test"));
    String user = acme.credentials().userSecret();
    String organization = acme.credentials().organizationSecret();

    for (Credentials wrong : new Credentials[] {
        new Credentials("", organization),
        new Credentials(user, ""),
        new Credentials(user + "x", organization),
        new Credentials(user, organization + "0"),
        new Credentials(organization, user),
        new Credentials(user, globex.credentials().organizationSecret())}) {
      assertThatThrownBy(() -> authentication.authenticate(wrong))
          .isInstanceOf(NotAuthenticatedException.class)
          .hasMessage("Invalid Organization or User secret, or invalid Element token provided.");
    }
  }

  @Test
  void bootstrap_creates_the_first_account_once() {
    Optional<NewAccount> first = accounts.bootstrapIfEmpty(Optional.empty());
    Optional<NewAccount> second = accounts.bootstrapIfEmpty(Optional.empty());

    assertThat(first).isPresent();
    assertThat(second).isEmpty();
    assertThat(authentication.authenticate(first.get().credentials()).organizationId())
        .isEqualTo(first.get().organization().id());
  }

  @Test
  void bootstrap_takes_chosen_secrets() {
    Credentials chosen = new Credentials("u".repeat(44), "0123456789abcdef0123456789abcdef");
    accounts.bootstrapIfEmpty(Optional.of(chosen));
    assertThat(authentication.authenticate(chosen).userId()).isPositive();
  }

  @Test
  void chosen_secrets_must_be_long_enough() {
    assertThatThrownBy(() -> accounts.bootstrapIfEmpty(Optional.of(new Credentials("short", "also short"))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
            new Violation("userSecret", "must be at least 32 characters"),
            new Violation("organizationSecret", "must be at least 32 characters")));
    assertThat(store.isEmpty()).isTrue();
  }

  @Test
  void credentials_never_print_their_secrets() {
    NewAccount account = accounts.createAccount(new CreateAccountCommand("Acme", "a@acme.test"));
    assertThat(account.toString()).doesNotContain(account.credentials().userSecret())
        .doesNotContain(account.credentials().organizationSecret());
  }
}
