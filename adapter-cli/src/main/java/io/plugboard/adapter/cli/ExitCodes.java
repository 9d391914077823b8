package io.plugboard.adapter.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes scripts can rely on (SPEC §6); listed in every command's help. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int UNEXPECTED = 1;
  public static final int USAGE = 2;
  public static final int INVALID_INPUT = 3;
  public static final int NOT_FOUND = 4;
  public static final int NOT_AUTHORIZED = 5;
  public static final int UNAVAILABLE = 6;

  /** Code and meaning, as every command's help lists them. */
  static final Map<String, String> HELP = new LinkedHashMap<>();

  static {
    HELP.put("0", "done");
    HELP.put("1", "unexpected error (run again with --verbose for details)");
    HELP.put("2", "wrong usage: unknown command or option, missing or malformed value");
    HELP.put("3", "invalid input: the request breaks a rule (each field is named)");
    HELP.put("4", "not found: no such element or instance in your organization");
    HELP.put("5", "not authorized: missing or wrong secrets");
    HELP.put("6", "unavailable: the data directory, its keys or the database cannot be used");
  }

  private ExitCodes() {}
}
