package io.plugboard.archfixture.servicereach.application.service;

public final class CreateThingService {
  public String create() {
    return "thing";
  }
}
