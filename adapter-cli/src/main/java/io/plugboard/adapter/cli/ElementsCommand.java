package io.plugboard.adapter.cli;

import io.plugboard.domain.Element;
import io.plugboard.wire.ElementJson;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "elements", description = "The connectors Plugboard knows.",
    subcommands = picocli.CommandLine.HelpCommand.class)
final class ElementsCommand {
  @ParentCommand
  PlugboardCommand root;

  @Command(name = "list", description = "Every element, with its configuration definitions.",
      footerHeading = "%nExample:%n", footer = "  plugboard elements list --output table")
  int list(@Option(names = "--output", defaultValue = "json", paramLabel = "json|table",
      description = "json (default) or a short table") OutputFormat format) {
    List<Element> elements = root.useCases().listElements().listElements();
    if (format == OutputFormat.table) {
      Table table = new Table("KEY", "ID", "NAME", "HUB", "AUTHENTICATION");
      elements.forEach(e -> table.row(e.key(), String.valueOf(e.id()), e.name(), e.hub(),
          e.authentication().wireName()));
      table.print(root.output());
    } else {
      root.output().json(json -> ElementJson.writeElements(json, elements));
    }
    return ExitCodes.OK;
  }

  @Command(name = "get", description = "One element by key or id, with the configuration it accepts.",
      footerHeading = "%nExample:%n", footer = "  plugboard elements get mixpanel")
  int get(@Parameters(paramLabel = "KEY", description = "The element's key (mixpanel) or id (13973)") String key) {
    Element element = root.useCases().getElement().getElement(key);
    root.output().json(json -> ElementJson.writeElement(json, element));
    return ExitCodes.OK;
  }
}
