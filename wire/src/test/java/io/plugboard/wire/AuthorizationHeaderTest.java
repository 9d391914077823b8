package io.plugboard.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.plugboard.application.port.in.Credentials;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuthorizationHeaderTest {
  private static final Credentials EXPECTED =
      new Credentials("7OpR4MRo7wnPoVKkKFXHhHBUPRzqutoem/d+WEnR1kY=", "ce7f1f9be0d2a8b1f37bcfa6d71eda20");

  @ParameterizedTest
  @ValueSource(strings = {
      "User 7OpR4MRo7wnPoVKkKFXHhHBUPRzqutoem/d+WEnR1kY=, Organization ce7f1f9be0d2a8b1f37bcfa6d71eda20",
      "Organization ce7f1f9be0d2a8b1f37bcfa6d71eda20, User 7OpR4MRo7wnPoVKkKFXHhHBUPRzqutoem/d+WEnR1kY=",
      "user 7OpR4MRo7wnPoVKkKFXHhHBUPRzqutoem/d+WEnR1kY=,ORGANIZATION ce7f1f9be0d2a8b1f37bcfa6d71eda20",
      "  User 7OpR4MRo7wnPoVKkKFXHhHBUPRzqutoem/d+WEnR1kY=  ,  Organization ce7f1f9be0d2a8b1f37bcfa6d71eda20 ",
      "Element abc, User 7OpR4MRo7wnPoVKkKFXHhHBUPRzqutoem/d+WEnR1kY=, Organization ce7f1f9be0d2a8b1f37bcfa6d71eda20",
      "User\t7OpR4MRo7wnPoVKkKFXHhHBUPRzqutoem/d+WEnR1kY=,Organization   ce7f1f9be0d2a8b1f37bcfa6d71eda20"})
  void accepts_the_documented_forms(String header) {
    assertThat(AuthorizationHeader.parse(header)).contains(EXPECTED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "User a Organization b", "User a", "Organization b", "User , Organization b",
      "User a, Organization", "User a, User b", "User a, Organization b, Organization c", "Basic dXNlcjpwYXNz",
      "User a b, Organization c", "User a, Organization b,", "Bearer x, User a, Organization b",
      ", User a, Organization b", "Usera, Organization b", "User a,, Organization b", "Users a, Organization b"})
  void refuses_malformed_headers(String header) {
    assertThat(AuthorizationHeader.parse(header)).isEmpty();
  }

  @Test
  void refuses_a_missing_or_huge_header() {
    assertThat(AuthorizationHeader.parse(null)).isEmpty();
    assertThat(AuthorizationHeader.parse("User " + "a".repeat(16 * 1024) + ", Organization b"))
        .isEqualTo(Optional.empty());
  }
}
