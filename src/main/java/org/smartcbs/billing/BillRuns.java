package org.smartcbs.billing;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcbs.consumers.Consumer;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.core.money.Money;
import org.smartcbs.meters.Meter;
import org.smartcbs.meters.Meters;
import org.smartcbs.setups.Setup;
import org.smartcbs.setups.Setups;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs bills for a billing month over a scope of connections.
 *
 * <p>A run is stored first with its parts, each a range of consumer ids. Any node then claims a pending part in
 * the database, prices its connections and writes their bills in one transaction, and marks the part done in the
 * same transaction. A run stopped midway is resumed by running it again: the parts not done are claimed anew, and
 * the unique constraint on consumer and month keeps any connection from being billed twice. Every bill of a run
 * is issued on the run date, which is the run's one "now".
 */
@Service
public class BillRuns {

    private static final Logger log = LoggerFactory.getLogger(BillRuns.class);
    /** A claimed part whose node has not finished it within this time is taken to be abandoned. */
    private static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Consumers consumers;
    private final Meters meters;
    private final Setups setups;
    private final BillCalculator calculator;
    private final BillWriter writer;
    private final Clock clock;
    private final BillSettings settings;
    private final int partSize;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    BillRuns(JdbcClient jdbc, TransactionTemplate transactions, Consumers consumers, Meters meters, Setups setups,
            BillCalculator calculator, BillWriter writer, BillSettings settings, Clock clock,
            @Value("${smartcbs.billing.part-size}") int partSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.consumers = consumers;
        this.meters = meters;
        this.setups = setups;
        this.calculator = calculator;
        this.writer = writer;
        this.clock = clock;
        this.settings = settings;
        this.partSize = partSize;
    }

    /**
     * Bills every active connection in the scope that has an accepted reading and no bill for the month yet.
     * Running the same month and scope again resumes an unfinished run, or finds nothing left to bill.
     */
    public BillRunResult run(YearMonth month, LocalDate runDate, BillingScope scope) {
        if (runDate.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("run date " + runDate + " is after today, " + LocalDate.now(clock));
        }
        Scope resolved = resolve(scope);
        long runId = transactions.execute(status -> findUnfinished(month, scope).orElseGet(
                () -> createRun(month, runDate, scope, resolved)));
        LocalDate issueDate = jdbc.sql("select run_date from bill_run where id = ?").param(runId)
                .query(LocalDate.class).single();

        Optional<Long> part;
        while ((part = claimPart(runId)).isPresent()) {
            long partId = part.get();
            transactions.executeWithoutResult(status -> billPart(runId, partId, month, issueDate, resolved));
        }
        return finish(runId, month, issueDate, scope);
    }

    private Scope resolve(BillingScope scope) {
        return switch (scope.type()) {
            case ALL -> new Scope(null, null);
            case SETUP -> new Scope(setups.findByCode(scope.value()).map(Setup::id).orElseThrow(
                    () -> new IllegalArgumentException("setup " + scope.value() + " is not registered")), null);
            case CONSUMER -> new Scope(null, consumers.require(scope.value()).id());
            case METER -> {
                Meter meter = meters.findBySerial(scope.value()).orElseThrow(
                        () -> new IllegalArgumentException("meter " + scope.value() + " is not registered"));
                long consumerId = meters.activeConsumerOf(meter.id()).orElseThrow(
                        () -> new IllegalArgumentException("meter " + scope.value() + " serves no consumer"));
                yield new Scope(null, consumerId);
            }
        };
    }

    private Optional<Long> findUnfinished(YearMonth month, BillingScope scope) {
        return jdbc.sql("select id from bill_run where billing_month = ? and scope_type = ? and status = 'RUNNING'"
                + " and coalesce(scope_value, '') = ? order by id")
                .params(month.toString(), scope.type().name(), scope.value() == null ? "" : scope.value())
                .query(Long.class).list().stream().findFirst();
    }

    private long createRun(YearMonth month, LocalDate runDate, BillingScope scope, Scope resolved) {
        LocalDateTime now = LocalDateTime.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into bill_run (billing_month, run_date, scope_type, scope_value, status, created_at)"
                + " values (?, ?, ?, ?, 'RUNNING', ?)")
                .params(month.toString(), runDate, scope.type().name(), scope.value(), now).update(key, "id");
        long runId = key.getKeyAs(Long.class);
        List<Long> ids = resolved.consumerId != null ? List.of(resolved.consumerId) : consumers.allIds();
        for (int from = 0; from < ids.size(); from += partSize) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + partSize));
            jdbc.sql("insert into bill_run_part (bill_run_id, first_consumer, last_consumer, status)"
                    + " values (?, ?, ?, 'PENDING')").params(runId, slice.get(0), slice.get(slice.size() - 1))
                    .update();
        }
        try {
            jdbc.sql("insert into bill_number_series (series, next_value) values (?, 1)").param(month.toString())
                    .update();
        } catch (DuplicateKeyException alreadyThere) {
            // Another run of the month created the series first.
        }
        log.info("Bill run created billRun={} month={} runDate={} scope={} parts={}", runId, month, runDate, scope,
                (ids.size() + partSize - 1) / partSize);
        return runId;
    }

    /** Claims a pending part, or one whose claim has timed out; returns empty when none is left. */
    private Optional<Long> claimPart(long runId) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> candidates = jdbc.sql("select id from bill_run_part where bill_run_id = ? and (status = 'PENDING'"
                + " or (status = 'CLAIMED' and claimed_at < ?)) order by id")
                .params(runId, now.minus(CLAIM_TIMEOUT)).query(Long.class).list();
        for (long partId : candidates) {
            int claimed = jdbc.sql("update bill_run_part set status = 'CLAIMED', claimed_by = ?, claimed_at = ?"
                    + " where id = ? and (status = 'PENDING' or (status = 'CLAIMED' and claimed_at < ?))")
                    .params(node, now, partId, now.minus(CLAIM_TIMEOUT)).update();
            if (claimed == 1) {
                return Optional.of(partId);
            }
        }
        return Optional.empty();
    }

    private void billPart(long runId, long partId, YearMonth month, LocalDate issueDate, Scope scope) {
        Map<String, Object> part = jdbc.sql("select first_consumer, last_consumer from bill_run_part where id = ?")
                .param(partId).query().singleRow();
        long first = ((Number) part.get("first_consumer")).longValue();
        long last = ((Number) part.get("last_consumer")).longValue();
        Map<Long, Meter> metersByConsumer = meters.activeMetersOf(first, last);
        Set<Long> billed = Set.copyOf(jdbc.sql("select consumer_id from bill where billing_month = ? and consumer_id between ?"
                + " and ?").params(month.toString(), first, last).query(Long.class).list());

        List<BillCalculator.PricedBill> bills = new ArrayList<>();
        for (Consumer consumer : consumers.inIdRange(first, last)) {
            if (!scope.includes(consumer) || !consumer.isActive() || billed.contains(consumer.id())) {
                continue;
            }
            Meter meter = metersByConsumer.get(consumer.id());
            if (meter == null) {
                recordException(runId, consumer, "no meter is assigned");
                continue;
            }
            BillCalculator.Outcome outcome = calculator.price(consumer, meter, month, issueDate);
            if (outcome.bill() == null) {
                recordException(runId, consumer, outcome.exception());
            } else {
                bills.add(outcome.bill());
            }
        }
        Map<Long, BillTerms> termsBySetup = new HashMap<>();
        writer.write(runId, bills, issueDate, bill -> termsBySetup.computeIfAbsent(bill.consumer().setupId(),
                setup -> settings.termsFor(setup, issueDate)), LocalDateTime.now(clock));
        jdbc.sql("update bill_run_part set status = 'DONE' where id = ?").param(partId).update();
    }

    private void recordException(long runId, Consumer consumer, String reason) {
        jdbc.sql("delete from bill_run_exception where bill_run_id = ? and consumer_id = ?")
                .params(runId, consumer.id()).update();
        jdbc.sql("insert into bill_run_exception (bill_run_id, consumer_id, reason) values (?, ?, ?)")
                .params(runId, consumer.id(), reason).update();
    }

    private BillRunResult finish(long runId, YearMonth month, LocalDate runDate, BillingScope scope) {
        return transactions.execute(status -> {
            Map<String, Object> totals = jdbc.sql("select count(*) as bills, sum(current_charges) as charges from bill"
                    + " where bill_run_id = ?").param(runId).query().singleRow();
            int bills = ((Number) totals.get("bills")).intValue();
            Object charges = totals.get("charges");
            Money currentCharges = charges == null ? Money.ZERO : Money.of(new BigDecimal(charges.toString()));
            List<BillRunException> exceptions = jdbc.sql("select c.consumer_no, e.reason from bill_run_exception e"
                    + " join consumer c on c.id = e.consumer_id where e.bill_run_id = ? order by c.consumer_no")
                    .param(runId).query(BillRunException.class).list();
            // The run is done when no part is left; parts still claimed by another node keep it running.
            int updated = jdbc.sql("update bill_run set status = 'DONE', bills = ?, current_charges = ?,"
                    + " finished_at = ? where id = ? and status = 'RUNNING' and not exists (select 1 from"
                    + " bill_run_part p where p.bill_run_id = bill_run.id and p.status <> 'DONE')")
                    .params(bills, currentCharges.amount(), LocalDateTime.now(clock), runId).update();
            if (updated == 1) {
                log.info("Bill run finished billRun={} month={} bills={} currentCharges={} exceptions={}", runId, month,
                        bills, currentCharges, exceptions.size());
            }
            return new BillRunResult(runId, month, runDate, scope, bills, currentCharges, exceptions);
        });
    }

    /** The resolved scope: a setup id, a consumer id, or neither for all connections. */
    private record Scope(Long setupId, Long consumerId) {

        boolean includes(Consumer consumer) {
            return (setupId == null || consumer.setupId() == setupId)
                    && (consumerId == null || consumer.id() == consumerId);
        }
    }
}
