package dev.skillgap.ingest;

/** Thrown inside the package when a record fails validation; the message is the reject reason. */
final class RecordRejected extends Exception {

  private static final long serialVersionUID = 1L;

  RecordRejected(String reason) {
    super(reason, null, false, false);
  }
}
