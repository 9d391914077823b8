package io.plugboard.adapter.catalog;

import io.plugboard.application.port.out.ElementCatalog;
import io.plugboard.domain.Element;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog as data: the descriptors shipped in {@code elements/} on the classpath, then those in an
 * optional directory of the user's, where a descriptor with a shipped key replaces the shipped one.
 */
public final class JsonElementCatalog implements ElementCatalog {
  private static final String SHIPPED_INDEX = "elements/index.txt";

  private final List<Element> elements;
  private final Map<String, Element> byKey = new LinkedHashMap<>();
  private final Map<Long, Element> byId = new LinkedHashMap<>();

  private JsonElementCatalog(Map<String, Element> loaded) {
    this.elements = loaded.values().stream().sorted(Comparator.comparing(Element::key)).toList();
    for (Element element : elements) {
      byKey.put(element.key(), element);
      byId.put(element.id(), element);
    }
  }

  /** The shipped elements only. */
  public static JsonElementCatalog shipped() {
    return load(Optional.empty());
  }

  /**
   * The shipped elements plus every {@code *.json} file of the directory, when given.
   *
   * @throws CatalogException naming the file and field of the first unusable descriptor
   */
  public static JsonElementCatalog load(Optional<Path> userDirectory) {
    Map<String, Source> shipped = new LinkedHashMap<>();
    for (String file : shippedFiles()) {
      String resource = "classpath:elements/" + file;
      add(shipped, resource, DescriptorReader.read(resource, readResource("elements/" + file)));
    }
    Map<String, Source> own = new LinkedHashMap<>();
    for (Path file : userDirectory.map(JsonElementCatalog::userFiles).orElse(List.of())) {
      try {
        add(own, file.toString(), DescriptorReader.read(file.toString(), Files.readAllBytes(file)));
      } catch (IOException e) {
        throw new CatalogException(file + ": cannot be read: " + e.getMessage());
      }
    }
    own.keySet().forEach(shipped::remove);
    for (Source source : own.values()) {
      add(shipped, source.file(), source.element());
    }
    Map<String, Element> elements = new LinkedHashMap<>();
    shipped.forEach((key, source) -> elements.put(key, source.element()));
    return new JsonElementCatalog(elements);
  }

  private record Source(String file, Element element) {}

  private static void add(Map<String, Source> loaded, String file, Element element) {
    Source previous = loaded.get(element.key());
    if (previous != null) {
      throw new CatalogException(file + ": element key '" + element.key() + "' is already defined by "
          + previous.file());
    }
    for (Source other : loaded.values()) {
      if (other.element().id() == element.id()) {
        throw new CatalogException(file + ": element id " + element.id() + " is already used by "
            + other.file() + " (key '" + other.element().key() + "')");
      }
    }
    loaded.put(element.key(), new Source(file, element));
  }

  private static List<String> shippedFiles() {
    List<String> files = new ArrayList<>();
    for (String line : new String(readResource(SHIPPED_INDEX), StandardCharsets.UTF_8).split("\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        files.add(name);
      }
    }
    return files;
  }

  private static byte[] readResource(String resource) {
    try (InputStream in = JsonElementCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new CatalogException("classpath:" + resource + ": missing from the Plugboard build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> userFiles(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new CatalogException(directory + ": the elements directory does not exist or is not a directory");
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.json")) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw new CatalogException(directory + ": cannot be listed: " + e.getMessage());
    }
    files.sort(Comparator.naturalOrder());
    return files;
  }

  @Override
  public List<Element> all() {
    return elements;
  }

  @Override
  public Optional<Element> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  @Override
  public Optional<Element> byId(long id) {
    return Optional.ofNullable(byId.get(id));
  }
}
