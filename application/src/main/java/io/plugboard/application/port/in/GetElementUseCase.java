package io.plugboard.application.port.in;

import io.plugboard.domain.Element;

public interface GetElementUseCase {
  /** @throws ElementNotFoundException when no element has that key, or that numeric id */
  Element getElement(String keyOrId);
}
