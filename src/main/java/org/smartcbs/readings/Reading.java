package org.smartcbs.readings;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A recorded reading of a meter's register.
 *
 * @param consumption units since the previous accepted reading (register steps x multiplier); null for the
 *        opening reading taken over from the previous system
 * @param kind {@code OPENING}, {@code ACTUAL} or {@code ESTIMATED}
 * @param status {@code ACCEPTED}, {@code HELD} for review, or {@code REJECTED}
 */
public record Reading(long id, long meterId, LocalDate readingDate, long registerValue, BigDecimal consumption,
        String kind, String status, String holdReason, String reader, String remark) {

    public boolean isAccepted() {
        return "ACCEPTED".equals(status);
    }
}
