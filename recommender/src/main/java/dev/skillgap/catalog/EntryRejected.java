package dev.skillgap.catalog;

/** Thrown while reading one catalogue entry to reject it, with the kind and detail of the reject. */
final class EntryRejected extends Exception {

  private final CatalogReject.Kind kind;
  private final String detail;

  EntryRejected(CatalogReject.Kind kind, String detail) {
    super(kind.label() + ": " + detail, null, false, false);
    this.kind = kind;
    this.detail = detail;
  }

  CatalogReject.Kind kind() {
    return kind;
  }

  String detail() {
    return detail;
  }
}
