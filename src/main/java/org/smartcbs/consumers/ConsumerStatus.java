package org.smartcbs.consumers;

import java.util.Set;

/**
 * The status of a consumer's connection. A connection moves {@code PENDING_APPROVAL -> ACTIVE ->
 * DISCONNECTED -> ACTIVE}, and from any status but {@code CLOSED} to {@code CLOSED}.
 */
public enum ConsumerStatus {
    PENDING_APPROVAL, ACTIVE, DISCONNECTED, CLOSED;

    /** Returns whether a connection in this status may move to {@code next}. */
    public boolean canMoveTo(ConsumerStatus next) {
        return switch (this) {
            case PENDING_APPROVAL -> Set.of(ACTIVE, CLOSED).contains(next);
            case ACTIVE -> Set.of(DISCONNECTED, CLOSED).contains(next);
            case DISCONNECTED -> Set.of(ACTIVE, CLOSED).contains(next);
            case CLOSED -> false;
        };
    }

    /** Returns whether a connection in this status counts as open: its national id cannot be registered again. */
    public boolean isOpen() {
        return this != CLOSED;
    }
}
