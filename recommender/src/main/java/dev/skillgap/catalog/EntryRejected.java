package dev.skillgap.catalog;

/** Thrown while reading one catalogue entry to reject it; the message is the reject reason. */
final class EntryRejected extends Exception {
  EntryRejected(String reason) {
    super(reason, null, false, false);
  }
}
