package org.smartcbs.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.smartcbs.consumers.Consumer;
import org.smartcbs.core.tariff.Quote;
import org.smartcbs.core.tariff.TariffPricer;
import org.smartcbs.meters.Meter;
import org.smartcbs.meters.MeterAssignments;
import org.smartcbs.readings.Reading;
import org.smartcbs.readings.Readings;
import org.smartcbs.tariffs.TariffVersion;
import org.smartcbs.tariffs.TariffVersions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Works out one consumer's bill for a billing month from the accepted readings and the tariff, without writing.
 *
 * <p>The period runs from the reading the consumer was last billed to (or, for a first bill, the opening reading
 * of the meter) up to the latest accepted reading on or before the run date. When a meter was replaced within the
 * period, the units of the old meter up to its final reading and of the new meter from its initial reading are
 * added, and the sum is priced once, so fixed charges appear once.
 */
@Component
class BillCalculator {

    private final JdbcClient jdbc;
    private final Readings readings;
    private final TariffVersions tariffs;
    private final MeterAssignments assignments;

    BillCalculator(JdbcClient jdbc, Readings readings, TariffVersions tariffs, MeterAssignments assignments) {
        this.jdbc = jdbc;
        this.readings = readings;
        this.tariffs = tariffs;
        this.assignments = assignments;
    }

    /**
     * A priced bill before it has a number.
     *
     * @param previous the reading the period starts from on the serving meter
     * @param current the reading the period ends with on the serving meter
     */
    record PricedBill(Consumer consumer, Meter meter, YearMonth month, Reading previous, Reading current,
            BigDecimal units, TariffVersion tariff, Quote quote) {
    }

    /** Either a priced bill or the reason the consumer cannot be billed. */
    record Outcome(PricedBill bill, String exception) {
    }

    private record LastBill(long meterId, long readingId, LocalDate periodEnd) {
    }

    Outcome price(Consumer consumer, Meter meter, YearMonth month, LocalDate runDate) {
        Optional<LastBill> lastBill = jdbc.sql("select meter_id, reading_id, period_end from bill where consumer_id = ?"
                + " order by period_end desc limit 1").param(consumer.id()).query(LastBill.class).optional();
        LocalDate billedUpTo = lastBill.map(LastBill::periodEnd).orElse(LocalDate.MIN);

        BigDecimal units = BigDecimal.ZERO;
        Reading previous = null;
        Reading current = null;
        LocalDate periodStart = null;
        for (long meterId : meterIds(consumer, meter, billedUpTo)) {
            Optional<Reading> start = lastBill.filter(bill -> bill.meterId() == meterId)
                    .flatMap(bill -> readings.findById(bill.readingId())).or(() -> readings.opening(meterId));
            if (start.isEmpty()) {
                return new Outcome(null, "meter " + meter.serial() + " has no opening reading");
            }
            List<Reading> since = readings.acceptedBetween(meterId, start.get().readingDate(), runDate);
            for (Reading reading : since) {
                units = units.add(reading.consumption());
            }
            if (periodStart == null || start.get().readingDate().isBefore(periodStart)) {
                periodStart = start.get().readingDate();
            }
            if (meterId == meter.id()) {
                previous = start.get();
                current = since.isEmpty() ? null : since.get(since.size() - 1);
            }
        }
        if (current == null) {
            Reading from = previous;
            boolean held = from != null && readings.held(meter.id()).stream()
                    .anyMatch(r -> r.readingDate().isAfter(from.readingDate()));
            return new Outcome(null, held ? "the reading of meter " + meter.serial() + " is held for review"
                    : "no accepted reading of meter " + meter.serial() + " up to " + runDate);
        }

        Optional<String> code = Optional.ofNullable(consumer.tariffCode())
                .or(() -> tariffs.tariffOfCategory(consumer.category()));
        if (code.isEmpty()) {
            return new Outcome(null, "no tariff for category " + consumer.category());
        }
        LocalDate periodEnd = current.readingDate();
        List<TariffVersion> versions = tariffs.versionsBetween(code.get(), periodEnd, periodEnd);
        if (versions.isEmpty()) {
            return new Outcome(null, "tariff " + code.get() + " has no version in force on " + periodEnd);
        }
        int days = (int) ChronoUnit.DAYS.between(periodStart, periodEnd);
        TariffVersion version = versions.get(0);
        Quote quote = TariffPricer.price(version.tariff(), units, days);
        return new Outcome(new PricedBill(consumer, meter, month, previous, current, units, version, quote), null);
    }

    /** Returns the meters that served the consumer since the last bill, ending with the serving meter. */
    private List<Long> meterIds(Consumer consumer, Meter serving, LocalDate billedUpTo) {
        List<Long> ids = new ArrayList<>(assignments.metersServingAfter(consumer.id(), billedUpTo));
        ids.remove(Long.valueOf(serving.id()));
        ids.add(serving.id());
        return ids;
    }
}
