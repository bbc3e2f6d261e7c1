package org.smartcbs.readings;

/**
 * A file that could not be read at all: damaged, encrypted, too large, or without the required columns.
 *
 * <p>The message names the file and the step the user can take, so it can be shown as it is.
 */
public class ReadingFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReadingFileException(String message) {
        super(message);
    }

    public ReadingFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
