package io.plugboard.application.port.in;

import io.plugboard.domain.Element;
import java.util.List;

public interface ListElementsUseCase {
  /** Every element of the catalog, ordered by key. */
  List<Element> listElements();
}
