package dev.techgraph.importer;

/** The one unchecked exception of the importer: the message is for the user and names the file. */
public class ImportException extends RuntimeException {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
