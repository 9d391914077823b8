package io.plugboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.plugboard.application.port.out.AccountStore;
import io.plugboard.application.port.out.SecretDigest;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What every {@link AccountStore} must do. A store's test extends this and supplies a fresh, empty store. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class AccountStoreContract {
  private final TestSecrets secrets = new TestSecrets();

  protected abstract AccountStore store();

  private SecretDigest digest(String secret) {
    return secrets.digest(secret);
  }

  @Test
  void a_new_store_is_empty_until_an_account_is_created() {
    AccountStore store = store();
    assertThat(store.isEmpty()).isTrue();

    store.create("Acme", digest("org"), "ops@acme.test", digest("user"));

    assertThat(store.isEmpty()).isFalse();
  }

  @Test
  void what_is_found_in_memory_is_what_a_look_up_finds_and_an_unknown_secret_is_not() {
    AccountStore store = store();
    AccountStore.StoredAccount account = store.create("Acme", digest("org"), "ops@acme.test", digest("user"));
    assertThat(store.findUserBySecret(digest("user"))).contains(account.user());
    assertThat(store.findOrganizationBySecret(digest("org"))).contains(account.organization());

    assertThat(store.findUserBySecretInMemory(digest("user"))).satisfiesAnyOf(
        user -> assertThat(user).isEmpty(), user -> assertThat(user).contains(account.user()));
    assertThat(store.findOrganizationBySecretInMemory(digest("org"))).satisfiesAnyOf(
        organization -> assertThat(organization).isEmpty(),
        organization -> assertThat(organization).contains(account.organization()));
    assertThat(store.findUserBySecretInMemory(digest("org"))).isEmpty();
    assertThat(store.findOrganizationBySecretInMemory(digest("user"))).isEmpty();
  }

  @Test
  void an_account_is_found_by_the_digests_of_its_secrets() {
    AccountStore store = store();
    AccountStore.StoredAccount account = store.create("Acme", digest("org"), "ops@acme.test", digest("user"));

    assertThat(account.organization().id()).isPositive();
    assertThat(account.organization().name()).isEqualTo("Acme");
    assertThat(account.user().organizationId()).isEqualTo(account.organization().id());
    assertThat(account.user().email()).isEqualTo("ops@acme.test");
    assertThat(store.findOrganizationBySecret(digest("org"))).contains(account.organization());
    assertThat(store.findUserBySecret(digest("user"))).contains(account.user());
  }

  @Test
  void unknown_digests_find_nothing_and_the_kinds_are_not_mixed_up() {
    AccountStore store = store();
    store.create("Acme", digest("org"), "ops@acme.test", digest("user"));

    assertThat(store.findUserBySecret(digest("nobody"))).isEmpty();
    assertThat(store.findOrganizationBySecret(digest("user"))).isEmpty();
    assertThat(store.findUserBySecret(digest("org"))).isEmpty();
  }

  @Test
  void two_accounts_have_distinct_ids() {
    AccountStore store = store();
    AccountStore.StoredAccount first = store.create("Acme", digest("o1"), "a@acme.test", digest("u1"));
    AccountStore.StoredAccount second = store.create("Globex", digest("o2"), "b@globex.test", digest("u2"));

    assertThat(second.organization().id()).isNotEqualTo(first.organization().id());
    assertThat(second.user().id()).isNotEqualTo(first.user().id());
    assertThat(store.findUserBySecret(digest("u2")).orElseThrow().organizationId())
        .isEqualTo(second.organization().id());
  }
}
