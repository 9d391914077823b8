package io.plugboard.application.port.in;

/** A new organization with its first user. */
public record CreateAccountCommand(String organizationName, String userEmail) {}
