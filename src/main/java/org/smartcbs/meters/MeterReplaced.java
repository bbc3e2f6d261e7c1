package org.smartcbs.meters;

import java.time.LocalDate;

/**
 * Published when a consumer's meter is replaced: the old meter's final reading closes its last period and the new
 * meter's initial reading starts its first, both on {@code replacedOn}.
 */
public record MeterReplaced(long consumerId, long oldMeterId, long finalReading, long newMeterId, long initialReading,
        LocalDate replacedOn) {
}
