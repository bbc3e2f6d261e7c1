package org.smartcbs.meters;

import java.time.LocalDate;

/**
 * An approved assignment of a meter to a consumer.
 *
 * @param endedOn the day the meter stopped serving the consumer, or {@code null} while it serves
 */
public record ApprovedAssignment(long consumerId, long meterId, LocalDate endedOn) {
}
