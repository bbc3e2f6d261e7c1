package org.smartcbs.consumers;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A consumer and their connection: who they are, which setup feeds them, how they are billed.
 *
 * @param tariffCode the consumer's own tariff, or {@code null} to bill on the tariff of their category
 * @param route the meter-reading route or billing batch the connection belongs to, or {@code null}
 */
public record Consumer(long id, String consumerNo, String name, String guardianName, String nationalId,
        String phone, String email, String address, long setupId, String category, String tariffCode, String route,
        BigDecimal sanctionedLoadKw, LocalDate connectionDate, ConsumerStatus status) {

    public boolean isActive() {
        return status == ConsumerStatus.ACTIVE;
    }
}
