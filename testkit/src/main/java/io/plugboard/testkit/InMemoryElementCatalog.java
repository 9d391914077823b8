package io.plugboard.testkit;

import io.plugboard.application.port.out.ElementCatalog;
import io.plugboard.domain.Element;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemoryElementCatalog implements ElementCatalog {
  private final List<Element> elements;

  public InMemoryElementCatalog(List<Element> elements) {
    this.elements = elements.stream().sorted(Comparator.comparing(Element::key)).toList();
  }

  public static InMemoryElementCatalog standard() {
    return new InMemoryElementCatalog(Elements.all());
  }

  @Override
  public List<Element> all() {
    return elements;
  }

  @Override
  public Optional<Element> byKey(String key) {
    return elements.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  @Override
  public Optional<Element> byId(long id) {
    return elements.stream().filter(e -> e.id() == id).findFirst();
  }
}
