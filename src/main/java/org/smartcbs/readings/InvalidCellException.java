package org.smartcbs.readings;

/**
 * A cell whose content breaks a reading rule. The message completes a sentence that starts with the cell.
 */
final class InvalidCellException extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidCellException(String detail) {
        // A bad cell is an expected outcome, so no stack trace is filled in.
        super(detail, null, false, false);
    }
}
