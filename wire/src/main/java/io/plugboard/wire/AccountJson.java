package io.plugboard.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import io.plugboard.application.port.in.NewAccount;
import java.io.IOException;

/** A new account with its secrets and the ready {@code Authorization} value: shown once, when created. */
public final class AccountJson {
  private AccountJson() {}

  public static void write(JsonGenerator json, NewAccount account) throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("organization");
    json.writeNumberField("id", account.organization().id());
    json.writeStringField("name", account.organization().name());
    json.writeStringField("secret", account.credentials().organizationSecret());
    json.writeEndObject();
    json.writeObjectFieldStart("user");
    json.writeNumberField("id", account.user().id());
    json.writeStringField("emailAddress", account.user().email());
    json.writeStringField("secret", account.credentials().userSecret());
    json.writeEndObject();
    json.writeStringField("authorization", account.credentials().authorizationHeader());
    json.writeEndObject();
  }
}
