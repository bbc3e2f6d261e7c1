package org.smartcbs.core.approval;

import java.util.Objects;

/** The four-eyes rule: the employee who asks for a change cannot be the one who approves or rejects it. */
public final class FourEyes {

    private FourEyes() {
    }

    /**
     * Checks that {@code decidedBy} may decide on {@code what}, which {@code requestedBy} asked for.
     *
     * @throws IllegalArgumentException when both are the same employee
     */
    public static void check(String what, String requestedBy, String decidedBy) {
        Objects.requireNonNull(decidedBy, "decidedBy");
        if (decidedBy.equalsIgnoreCase(requestedBy)) {
            throw new IllegalArgumentException(decidedBy + " asked for " + what
                    + " and so cannot decide on it; another employee must approve or reject it");
        }
    }
}
