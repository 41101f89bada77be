package dev.skillgap.io;

/** A column mapping that does not fit a file: a named column the header lacks, or an unknown field. */
public final class ColumnMappingException extends Exception {

  private static final long serialVersionUID = 1L;

  public ColumnMappingException(String message) {
    super(message);
  }
}
