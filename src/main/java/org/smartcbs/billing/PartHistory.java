package org.smartcbs.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.smartcbs.meters.ApprovedAssignment;
import org.smartcbs.meters.MeterAssignments;
import org.smartcbs.readings.Reading;
import org.smartcbs.readings.Readings;
import org.smartcbs.tariffs.TariffVersion;
import org.smartcbs.tariffs.TariffVersions;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The data that pricing needs about the consumers of one id range: their issued bills, meter assignments and the
 * readings of those meters up to the run date. A few queries load it for the whole range instead of several
 * queries per consumer. The lookups return what the per-consumer and per-meter queries of {@link Readings},
 * {@link MeterAssignments} and {@link TariffVersions} return for a consumer of the range.
 */
final class PartHistory {

    /** An issued bill of a consumer, as pricing the next bill reads it. */
    record IssuedBill(long meterId, long readingId, LocalDate periodEnd, BigDecimal units,
            BigDecimal currentCharges, boolean estimated) {
    }

    private final TariffVersions tariffs;
    private final Map<Long, List<IssuedBill>> billsByConsumer = new HashMap<>();
    private final Map<Long, List<ApprovedAssignment>> assignments;
    private final Map<Long, Reading> anchorReadings;
    private final Map<Long, Reading> openings;
    private final Map<Long, List<Reading>> accepted;
    private final Map<String, Optional<String>> tariffOfCategory = new HashMap<>();
    private final Map<String, List<TariffVersion>> versionsByCode = new HashMap<>();

    private PartHistory(JdbcClient jdbc, Readings readings, MeterAssignments meterAssignments,
            TariffVersions tariffs, long first, long last, LocalDate runDate) {
        this.tariffs = tariffs;
        jdbc.sql("select consumer_id, meter_id, reading_id, period_end, units, current_charges, estimated from bill"
                + " where consumer_id between ? and ? and status = 'ISSUED' order by consumer_id, period_end desc")
                .params(first, last)
                .query((rs, row) -> billsByConsumer.computeIfAbsent(rs.getLong("consumer_id"), id -> new ArrayList<>())
                        .add(new IssuedBill(rs.getLong("meter_id"), rs.getLong("reading_id"),
                                rs.getObject("period_end", LocalDate.class), rs.getBigDecimal("units"),
                                rs.getBigDecimal("current_charges"), rs.getBoolean("estimated"))))
                .list();
        this.assignments = meterAssignments.approvedInRange(first, last);

        Set<Long> anchorReadingIds = new HashSet<>();
        for (long consumerId : billsByConsumer.keySet()) {
            anchor(consumerId).ifPresent(bill -> anchorReadingIds.add(bill.readingId()));
        }
        Set<Long> meterIds = new HashSet<>();
        assignments.values().forEach(list -> list.forEach(a -> meterIds.add(a.meterId())));
        this.anchorReadings = readings.findByIds(anchorReadingIds);
        this.openings = readings.openings(meterIds);

        // The readings are loaded from the earliest day any consumer's period starts on and filtered per meter.
        LocalDate earliestStart = runDate;
        for (long consumerId : assignments.keySet()) {
            Optional<IssuedBill> anchor = anchor(consumerId);
            for (long meterId : metersServingAfter(consumerId, billedUpTo(anchor))) {
                Optional<Reading> start = start(anchor, meterId);
                if (start.isPresent() && start.get().readingDate().isBefore(earliestStart)) {
                    earliestStart = start.get().readingDate();
                }
            }
        }
        this.accepted = readings.acceptedBetween(meterIds, earliestStart, runDate);
    }

    /** Loads the history of the consumers with ids from {@code first} to {@code last}, up to the run date. */
    static PartHistory load(JdbcClient jdbc, Readings readings, MeterAssignments assignments, TariffVersions tariffs,
            long first, long last, LocalDate runDate) {
        return new PartHistory(jdbc, readings, assignments, tariffs, first, last, runDate);
    }

    /** Returns the consumer's issued bills, the latest period first. */
    List<IssuedBill> issuedBills(long consumerId) {
        return billsByConsumer.getOrDefault(consumerId, List.of());
    }

    /** Returns the consumer's latest issued bill on an actual reading, where the next period starts. */
    Optional<IssuedBill> anchor(long consumerId) {
        return issuedBills(consumerId).stream().filter(bill -> !bill.estimated()).findFirst();
    }

    static LocalDate billedUpTo(Optional<IssuedBill> anchor) {
        return anchor.map(IssuedBill::periodEnd).orElse(LocalDate.MIN);
    }

    /** Returns the meters that served the consumer at any time after {@code after}, oldest first. */
    List<Long> metersServingAfter(long consumerId, LocalDate after) {
        List<Long> ids = new ArrayList<>();
        for (ApprovedAssignment assignment : assignments.getOrDefault(consumerId, List.of())) {
            if (assignment.endedOn() == null || assignment.endedOn().isAfter(after)) {
                ids.add(assignment.meterId());
            }
        }
        return ids;
    }

    /**
     * Returns the reading the period of the meter starts from: the anchor bill's reading when the anchor was on
     * this meter, else the meter's latest opening reading.
     */
    Optional<Reading> start(Optional<IssuedBill> anchor, long meterId) {
        return anchor.filter(bill -> bill.meterId() == meterId)
                .map(bill -> anchorReadings.get(bill.readingId()))
                .or(() -> Optional.ofNullable(openings.get(meterId)));
    }

    /** Returns the meter's accepted actual readings dated after {@code after} up to the run date, oldest first. */
    List<Reading> acceptedAfter(long meterId, LocalDate after) {
        return accepted.getOrDefault(meterId, List.of()).stream()
                .filter(reading -> reading.readingDate().isAfter(after)).toList();
    }

    /**
     * Returns whether the meter has an accepted actual reading dated after the period end of the consumer's latest
     * bill on an actual reading and on or before {@code upTo}. Estimated bills since do not count, because the next
     * actual reading trues them up. Returns false when the consumer has no issued bill.
     */
    boolean readAfterLastBill(long consumerId, long meterId, LocalDate upTo) {
        if (issuedBills(consumerId).isEmpty()) {
            return false;
        }
        return acceptedAfter(meterId, billedUpTo(anchor(consumerId))).stream()
                .anyMatch(reading -> !reading.readingDate().isAfter(upTo));
    }

    Optional<String> tariffOfCategory(String category) {
        return tariffOfCategory.computeIfAbsent(category, tariffs::tariffOfCategory);
    }

    /** Returns the versions of the tariff that apply on any day from {@code first} to {@code last}, oldest first. */
    List<TariffVersion> versionsBetween(String code, LocalDate first, LocalDate last) {
        return versionsByCode.computeIfAbsent(code, tariffs::versions).stream()
                .filter(v -> !v.effectiveFrom().isAfter(last) && (v.effectiveTo() == null
                        || !v.effectiveTo().isBefore(first)))
                .toList();
    }
}
