package org.smartcbs.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.smartcbs.billing.PartHistory.IssuedBill;
import org.smartcbs.consumers.Consumer;
import org.smartcbs.core.estimation.ConsumptionEstimate;
import org.smartcbs.core.estimation.PeriodConsumption;
import org.smartcbs.core.tariff.BillLine;
import org.smartcbs.core.tariff.PeriodPricer;
import org.smartcbs.core.tariff.Quote;
import org.smartcbs.core.tariff.SplitQuote;
import org.smartcbs.core.tariff.TariffPeriodPart;
import org.smartcbs.core.tariff.TariffPricer;
import org.smartcbs.meters.Meter;
import org.smartcbs.meters.MeterAssignments;
import org.smartcbs.readings.Reading;
import org.smartcbs.readings.Readings;
import org.smartcbs.tariffs.TariffVersion;
import org.smartcbs.tariffs.TariffVersions;
import org.springframework.beans.factory.annotation.Value;
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
    private final boolean estimateMissing;

    BillCalculator(JdbcClient jdbc, Readings readings, TariffVersions tariffs, MeterAssignments assignments,
            @Value("${smartcbs.billing.missing-readings}") MissingReadings missingReadings) {
        this.estimateMissing = missingReadings == MissingReadings.ESTIMATE;
        this.jdbc = jdbc;
        this.readings = readings;
        this.tariffs = tariffs;
        this.assignments = assignments;
    }

    /**
     * A priced bill before it has a number.
     *
     * @param previous the reading the period starts from on the serving meter
     * @param current the reading the period ends with on the serving meter; for an estimated bill, the estimated
     *        reading still to be recorded (its id is 0)
     * @param estimated whether the units are an estimate because no reading was taken
     */
    record PricedBill(Consumer consumer, Meter meter, YearMonth month, Reading previous, Reading current,
            BigDecimal units, TariffVersion tariff, Quote quote, boolean estimated) {
    }

    /** Either a priced bill or the reason the consumer cannot be billed. */
    record Outcome(PricedBill bill, String exception) {

        static Outcome exception(String reason) {
            return new Outcome(null, reason);
        }
    }

    /** Loads what pricing needs about the consumers with ids from {@code first} to {@code last}. */
    PartHistory history(long first, long last, LocalDate runDate) {
        return PartHistory.load(jdbc, readings, assignments, tariffs, first, last, runDate);
    }

    /**
     * Prices the consumer's bill for the month. The period starts at the reading of the last bill on an actual
     * reading (or the meter's opening reading). When bills were estimated since, this bill trues them up: it
     * prices all the units read since that actual reading and takes off what the estimated bills charged. When no
     * reading was taken and estimation is on, an active connection's units are estimated from the last three
     * actual periods, at most twice in a row.
     */
    Outcome price(Consumer consumer, Meter meter, YearMonth month, LocalDate runDate, PartHistory history) {
        List<IssuedBill> bills = history.issuedBills(consumer.id());
        List<IssuedBill> estimatedSince = new ArrayList<>();
        Optional<IssuedBill> anchor = Optional.empty();
        for (IssuedBill bill : bills) {
            if (!bill.estimated()) {
                anchor = Optional.of(bill);
                break;
            }
            estimatedSince.add(bill);
        }
        LocalDate billedUpTo = PartHistory.billedUpTo(anchor);

        BigDecimal units = BigDecimal.ZERO;
        Reading previous = null;
        Reading current = null;
        LocalDate periodStart = null;
        for (long meterId : meterIds(consumer, meter, billedUpTo, history)) {
            Optional<Reading> start = history.start(anchor, meterId);
            if (start.isEmpty()) {
                return Outcome.exception("meter " + meter.serial() + " has no opening reading");
            }
            // The part's history reaches the run date; a reading window of the settings may end earlier.
            List<Reading> since = history.acceptedAfter(meterId, start.get().readingDate()).stream()
                    .filter(reading -> !reading.readingDate().isAfter(runDate)).toList();
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
        Optional<String> code = Optional.ofNullable(consumer.tariffCode())
                .or(() -> history.tariffOfCategory(consumer.category()));
        if (current == null) {
            return estimateOrExplain(consumer, meter, month, runDate, previous, bills, estimatedSince, code, history);
        }
        if (code.isEmpty()) {
            return Outcome.exception("no tariff for category " + consumer.category());
        }
        LocalDate periodEnd = current.readingDate();
        Optional<Priced> priced = priceOnVersions(history.versionsBetween(code.get(), periodStart,
                lastDayOf(periodStart, periodEnd)), periodStart, periodEnd, units);
        if (priced.isEmpty()) {
            return Outcome.exception("tariff " + code.get() + " has no version in force for every day from "
                    + periodStart + " to " + periodEnd);
        }
        Quote quote = trueUp(priced.get().quote(), estimatedSince);
        return new Outcome(new PricedBill(consumer, meter, month, previous, current, units, priced.get().version(),
                quote, false), null);
    }

    /** Takes the charges of the estimated bills since the last actual reading off a bill on an actual reading. */
    private static Quote trueUp(Quote quote, List<IssuedBill> estimatedSince) {
        if (estimatedSince.isEmpty()) {
            return quote;
        }
        BigDecimal charged = estimatedSince.stream().map(IssuedBill::currentCharges).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal estimatedUnits = estimatedSince.stream().map(IssuedBill::units).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        List<BillLine> lines = new ArrayList<>(quote.lines());
        lines.add(new BillLine("ESTIMATED_BILLS", "Less " + estimatedSince.size() + " estimated bill(s) of "
                + estimatedUnits.stripTrailingZeros().toPlainString() + " units", estimatedUnits, null,
                charged.negate(), null, null, charged));
        return new Quote(quote.tariffCode(), quote.currency(), quote.units(), quote.periodDays(), lines,
                quote.total().subtract(charged));
    }

    private Outcome estimateOrExplain(Consumer consumer, Meter meter, YearMonth month, LocalDate runDate,
            Reading previous, List<IssuedBill> bills, List<IssuedBill> estimatedSince, Optional<String> code,
            PartHistory part) {
        boolean held = previous != null && readings.held(meter.id()).stream()
                .anyMatch(r -> r.readingDate().isAfter(previous.readingDate()));
        if (held) {
            return Outcome.exception("the reading of meter " + meter.serial() + " is held for review");
        }
        String noReading = "no accepted reading of meter " + meter.serial() + " up to " + runDate;
        // Only an active connection is estimated, because a disconnected one uses no energy after its final reading.
        if (!estimateMissing || !consumer.isActive() || previous == null || code.isEmpty()) {
            return Outcome.exception(noReading);
        }
        if (!ConsumptionEstimate.mayEstimate(estimatedSince.size())) {
            return Outcome.exception(noReading + ", and its last " + estimatedSince.size() + " bills were estimated");
        }
        List<PeriodConsumption> history = new ArrayList<>();
        for (int i = bills.size() - 1; i >= 0; i--) {
            IssuedBill bill = bills.get(i);
            history.add(bill.estimated() ? PeriodConsumption.estimated(bill.units())
                    : PeriodConsumption.actual(bill.units()));
        }
        if (history.stream().filter(PeriodConsumption::isActual).count() < ConsumptionEstimate.ACTUAL_PERIODS) {
            return Outcome.exception(noReading + ", and fewer than " + ConsumptionEstimate.ACTUAL_PERIODS
                    + " actual periods to estimate from");
        }
        BigDecimal units = ConsumptionEstimate.estimate(history);
        IssuedBill last = bills.get(0);
        Reading from = readings.findById(last.readingId()).orElseThrow();
        long steps = units.divide(BigDecimal.valueOf(meter.multiplier()), 0, java.math.RoundingMode.HALF_UP)
                .longValueExact();
        long register = Math.floorMod(from.registerValue() + steps, meter.registerRange());
        Reading estimate = new Reading(0, meter.id(), runDate, register, units, "ESTIMATED", "ACCEPTED", null, null,
                "estimated from the average of the last three actual periods");
        Optional<Priced> priced = priceOnVersions(part.versionsBetween(code.get(), last.periodEnd(),
                lastDayOf(last.periodEnd(), runDate)), last.periodEnd(), runDate, units);
        if (priced.isEmpty()) {
            return Outcome.exception("tariff " + code.get() + " has no version in force up to " + runDate);
        }
        return new Outcome(new PricedBill(consumer, meter, month, from, estimate, units, priced.get().version(),
                priced.get().quote(), true), null);
    }

    /** A quote and the tariff version it is recorded against: the one in force at the end of the period. */
    record Priced(TariffVersion version, Quote quote) {
    }

    /**
     * Prices the units of the days from {@code periodStart} up to the day before {@code periodEnd}. When the
     * tariff changed within those days, each version prices its part of the period and the lines of each part
     * name the day the part starts; the units, limits and fixed charges are apportioned by days, as {@link
     * PeriodPricer} describes. Returns empty when a day of the period has no version in force.
     *
     * @param inForce the versions of the tariff that apply on any day from {@code periodStart} to the {@link
     *        #lastDayOf last day} of the period, oldest first
     */
    Optional<Priced> priceOnVersions(List<TariffVersion> inForce, LocalDate periodStart, LocalDate periodEnd,
            BigDecimal units) {
        int days = (int) ChronoUnit.DAYS.between(periodStart, periodEnd);
        LocalDate lastDay = lastDayOf(periodStart, periodEnd);
        List<TariffVersion> versions = new ArrayList<>(inForce);
        // A version without an end date is superseded by the next one from that one's first day.
        while (versions.size() > 1 && !versions.get(1).effectiveFrom().isAfter(periodStart)) {
            versions.remove(0);
        }
        if (versions.isEmpty() || !versions.get(0).appliesOn(periodStart)
                || !versions.get(versions.size() - 1).appliesOn(lastDay)) {
            return Optional.empty();
        }
        TariffVersion last = versions.get(versions.size() - 1);
        if (versions.size() == 1) {
            return Optional.of(new Priced(last, TariffPricer.price(last.tariff(), units, days)));
        }
        List<TariffPeriodPart> parts = new ArrayList<>();
        List<LocalDate> partStarts = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            LocalDate from = i == 0 ? periodStart : versions.get(i).effectiveFrom();
            LocalDate until = i == versions.size() - 1 ? periodEnd : versions.get(i + 1).effectiveFrom();
            parts.add(new TariffPeriodPart(versions.get(i).tariff(), (int) ChronoUnit.DAYS.between(from, until)));
            partStarts.add(from);
        }
        SplitQuote split = PeriodPricer.priceAcross(parts, units);
        List<BillLine> lines = new ArrayList<>();
        for (int i = 0; i < split.parts().size(); i++) {
            String prefix = "from " + partStarts.get(i) + ": ";
            for (BillLine line : split.parts().get(i).lines()) {
                lines.add(new BillLine(line.code(), prefix + line.description(), line.quantity(), line.rate(),
                        line.amount(), line.rangeFrom(), line.rangeTo(), line.base()));
            }
        }
        if (split.rounding() != null) {
            lines.add(split.rounding());
        }
        Quote combined = new Quote(last.code(), split.currency(), split.units(), split.periodDays(), lines,
                split.total());
        return Optional.of(new Priced(last, combined));
    }

    /** Returns the last day a period is priced for: the day before its end reading, or that day for a 0-day period. */
    static LocalDate lastDayOf(LocalDate periodStart, LocalDate periodEnd) {
        return periodEnd.isAfter(periodStart) ? periodEnd.minusDays(1) : periodEnd;
    }

    /** Returns the meters that served the consumer since the last bill, ending with the serving meter. */
    private List<Long> meterIds(Consumer consumer, Meter serving, LocalDate billedUpTo, PartHistory history) {
        List<Long> ids = new ArrayList<>(history.metersServingAfter(consumer.id(), billedUpTo));
        ids.remove(Long.valueOf(serving.id()));
        ids.add(serving.id());
        return ids;
    }
}
