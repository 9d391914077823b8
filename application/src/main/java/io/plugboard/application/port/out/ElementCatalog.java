package io.plugboard.application.port.out;

import io.plugboard.domain.Element;
import java.util.List;
import java.util.Optional;

/** The elements Plugboard knows, read-only. */
public interface ElementCatalog {
  /** Every element, ordered by key. */
  List<Element> all();

  Optional<Element> byKey(String key);

  Optional<Element> byId(long id);
}
