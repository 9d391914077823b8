package io.plugboard.domain;

/** How a request names an element: by key ({@code mixpanel}) or by numeric id (13973). */
public record ElementReference(String key, Long id) {
  public ElementReference {
    if ((key == null) == (id == null)) {
      throw new IllegalArgumentException("an element reference needs either a key or an id");
    }
  }

  public static ElementReference byKey(String key) {
    return new ElementReference(key, null);
  }

  public static ElementReference byId(long id) {
    return new ElementReference(null, id);
  }

  /** The field of the request body that named the element, for error messages. */
  public String field() {
    return key != null ? "element.key" : "element.id";
  }

  @Override
  public String toString() {
    return key != null ? key : String.valueOf(id);
  }
}
