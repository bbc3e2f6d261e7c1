package org.smartcbs.core.rows;

/** A whole input file that cannot be used; the message names the file and what is wrong with it. */
public class InvalidFileException extends RuntimeException {

    public InvalidFileException(String message) {
        super(message);
    }
}
