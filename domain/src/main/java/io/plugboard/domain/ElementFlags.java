package io.plugboard.domain;

/** The descriptor flags Open Connectors shows on every element; they describe, they do not change behaviour. */
public record ElementFlags(
    boolean active,
    boolean deleted,
    boolean typeOauth,
    boolean trialAccount,
    boolean transformationsEnabled,
    boolean bulkDownloadEnabled,
    boolean bulkUploadEnabled,
    boolean cloneable,
    boolean extendable,
    boolean enabled,
    boolean beta,
    boolean extended,
    boolean privateElement) {

  /** The values the documented examples show for an ordinary public element. */
  public static ElementFlags defaults(boolean typeOauth) {
    return new ElementFlags(true, false, typeOauth, false, true, false, false, true, false, false, false, false,
        false);
  }
}
