package io.plugboard.application.service;

import io.plugboard.application.port.in.ElementNotFoundException;
import io.plugboard.application.port.in.GetElementUseCase;
import io.plugboard.application.port.in.ListElementsUseCase;
import io.plugboard.application.port.out.ElementCatalog;
import io.plugboard.domain.Element;
import java.util.List;
import java.util.Optional;

public final class ElementCatalogService implements ListElementsUseCase, GetElementUseCase {
  private final ElementCatalog catalog;

  public ElementCatalogService(ElementCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public List<Element> listElements() {
    return catalog.all();
  }

  @Override
  public Element getElement(String keyOrId) {
    return find(keyOrId).orElseThrow(() -> new ElementNotFoundException(keyOrId));
  }

  private Optional<Element> find(String keyOrId) {
    if (keyOrId == null || keyOrId.isEmpty()) {
      return Optional.empty();
    }
    if (keyOrId.matches("[0-9]{1,18}")) {
      return catalog.byId(Long.parseLong(keyOrId));
    }
    return catalog.byKey(keyOrId);
  }
}
