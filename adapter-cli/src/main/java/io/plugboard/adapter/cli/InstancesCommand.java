package io.plugboard.adapter.cli;

import io.plugboard.application.port.in.Caller;
import io.plugboard.application.port.in.CreateInstanceCommand;
import io.plugboard.application.port.in.CreatedInstance;
import io.plugboard.application.port.in.InstanceQuery;
import io.plugboard.domain.ElementReference;
import io.plugboard.domain.Instance;
import io.plugboard.wire.CreateInstanceRequestReader;
import io.plugboard.wire.InstanceJson;
import io.plugboard.wire.MalformedJsonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "instances", description = "Your organization's connector instances.",
    subcommands = picocli.CommandLine.HelpCommand.class)
final class InstancesCommand {
  @ParentCommand
  PlugboardCommand root;

  @Spec
  CommandSpec spec;

  @Command(name = "create",
      description = "Validate credentials against the element and keep them, encrypted. Prints the new instance "
          + "with its token, which is shown only this once.",
      footerHeading = "%nExamples:%n",
      footer = {"  plugboard instances create --element mixpanel --name \"API Instance\" \\",
          "      --config username=$MIXPANEL_API_SECRET --tag Docs",
          "  plugboard instances create --json body.json   (the very body of POST /instances)"})
  int create(
      @Option(names = "--element", paramLabel = "KEY", description = "The element's key, such as mixpanel")
          String element,
      @Option(names = "--name", paramLabel = "NAME", description = "The instance's name") String name,
      @Option(names = "--config", paramLabel = "KEY=VALUE",
          description = "A configuration value; repeat for more (overrides --config-file)")
          List<String> config,
      @Option(names = "--config-file", paramLabel = "FILE",
          description = "A JSON object of configuration keys and values") Path configFile,
      @Option(names = "--tag", paramLabel = "TAG", description = "A tag; repeat for more") List<String> tags,
      @Option(names = "--json", paramLabel = "FILE",
          description = "A file with the whole request body of POST /instances; use it alone") Path jsonFile) {
    CreateInstanceCommand command;
    if (jsonFile != null) {
      if (element != null || name != null || config != null || configFile != null || tags != null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--json takes the whole request: give --element, --name, --config and --tag inside it instead");
      }
      try {
        command = CreateInstanceRequestReader.read(readFile(jsonFile, "--json"));
      } catch (MalformedJsonException e) {
        throw new MalformedJsonException(jsonFile + ": " + e.getMessage().replace("request body", "file"));
      }
    } else {
      Map<String, Object> configuration = new LinkedHashMap<>();
      if (configFile != null) {
        try {
          configuration.putAll(CreateInstanceRequestReader.readConfiguration(readFile(configFile, "--config-file")));
        } catch (MalformedJsonException e) {
          throw new MalformedJsonException(configFile + ": " + e.getMessage().replace("request body", "file"));
        }
      }
      if (config != null) {
        configuration.putAll(keysAndValues(config));
      }
      command = new CreateInstanceCommand(element == null ? null : ElementReference.byKey(element), name,
          configuration, tags, List.of());
    }
    Caller caller = root.caller();
    CreatedInstance created = root.useCases().createInstance().createInstance(caller, command);
    root.output().json(json -> InstanceJson.write(json, created.instance(), created.token()));
    return ExitCodes.OK;
  }

  /** The value is never repeated in the error: a forgotten key leaves the secret itself as the argument. */
  private Map<String, String> keysAndValues(List<String> pairs) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : pairs) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--config takes KEY=VALUE, as --config "
            + "username=<API Secret>; one value has no key before '=' (it is not shown, since it may be a secret)");
      }
      values.put(pair.substring(0, equals), pair.substring(equals + 1));
    }
    return values;
  }

  @Command(name = "list", description = "Your organization's instances, oldest first; secrets masked.",
      footerHeading = "%nExamples:%n",
      footer = {"  plugboard instances list --tag Docs", "  plugboard instances list --output table"})
  int list(
      @Option(names = "--tag", paramLabel = "TAG", description = "Only instances with this tag; repeat for more")
          List<String> tags,
      @Option(names = "--output", defaultValue = "json", paramLabel = "json|table",
          description = "json (default) or a short table") OutputFormat format) {
    List<Instance> instances = root.useCases().listInstances()
        .listInstances(root.caller(), new InstanceQuery(tags == null ? List.of() : new ArrayList<>(tags)));
    if (format == OutputFormat.table) {
      Table table = new Table("ID", "NAME", "ELEMENT", "TAGS", "CREATED");
      instances.forEach(i -> table.row(String.valueOf(i.id()), i.name().value(), i.element().key(),
          String.join(",", i.tags().values()), DateTimeFormatter.ISO_INSTANT.format(i.createdAt())));
      table.print(root.output());
    } else {
      root.output().json(json -> InstanceJson.writeList(json, instances));
    }
    return ExitCodes.OK;
  }

  @Command(name = "get", description = "One instance, secrets masked.",
      footerHeading = "%nExample:%n", footer = "  plugboard instances get 12345")
  int get(@Parameters(paramLabel = "ID", description = "The instance id") long id) {
    Instance instance = root.useCases().getInstance().getInstance(root.caller(), id);
    root.output().json(json -> InstanceJson.write(json, instance, null));
    return ExitCodes.OK;
  }

  @Command(name = "delete", description = "Delete an instance and its token.",
      footerHeading = "%nExample:%n", footer = "  plugboard instances delete 12345")
  int delete(@Parameters(paramLabel = "ID", description = "The instance id") long id) {
    root.useCases().deleteInstance().deleteInstance(root.caller(), id);
    spec.commandLine().getErr().println("Deleted instance " + id + ".");
    spec.commandLine().getErr().flush();
    return ExitCodes.OK;
  }

  private byte[] readFile(Path file, String option) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + ": no such file: " + file);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + ": cannot read " + file + ": "
          + e.getMessage());
    }
  }
}
