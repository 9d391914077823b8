package io.plugboard.adapter.cli;

/** How lists are printed: the API's JSON, or a table for people. */
enum OutputFormat {
  json,
  table
}
