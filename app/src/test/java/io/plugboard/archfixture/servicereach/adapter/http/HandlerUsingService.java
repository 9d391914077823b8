package io.plugboard.archfixture.servicereach.adapter.http;

import io.plugboard.archfixture.servicereach.application.service.CreateThingService;

/** Breaks the rule on purpose: an adapter that reaches the service class instead of its in-port. */
public final class HandlerUsingService {
  public String handle() {
    return new CreateThingService().create();
  }
}
