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
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcbs.consumers.Consumer;
import org.smartcbs.consumers.ConsumerStatus;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.core.approval.FourEyes;
import org.smartcbs.core.money.Money;
import org.smartcbs.identity.Employees;
import org.smartcbs.identity.Role;
import org.smartcbs.meters.Meter;
import org.smartcbs.meters.Meters;
import org.smartcbs.readings.Readings;
import org.smartcbs.setups.Setup;
import org.smartcbs.setups.Setups;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bill runs: a billing month over a scope of connections, from draft to issue.
 *
 * <p>A run moves {@code RUNNING -> DRAFT -> APPROVED -> ISSUED}, or to {@code DISCARDED} before it is issued. While
 * it runs, it is stored with its parts, each a range of consumer ids. Any node claims a pending part in the
 * database, prices its connections and writes their draft bills in one transaction, and marks the part done in the
 * same transaction. A run stopped midway resumes when it is run again: the parts not done are claimed anew, and
 * the unique constraint on consumer and month keeps any connection from being billed twice, whatever runs at the
 * same time. Issuing numbers the bills without gaps and posts them to the ledger. Every bill of a run is issued on
 * the run date, the run's one "now".
 */
@Service
public class BillRuns {

    private static final Logger log = LoggerFactory.getLogger(BillRuns.class);
    /** A claimed part whose node has not finished it within this time is taken to be abandoned. */
    private static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(15);
    /** Pending parts read at a time when claiming one; when other nodes claim them all first, the next are read. */
    private static final int CLAIM_CANDIDATES = 16;
    /** The name under which an unattended run drafts, approves and issues. */
    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Consumers consumers;
    private final Meters meters;
    private final Setups setups;
    private final Employees employees;
    private final BillCalculator calculator;
    private final BillWriter writer;
    private final BillSettings settings;
    private final Readings readings;
    private final Clock clock;
    private final int partSize;
    private final int workers;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    BillRuns(JdbcClient jdbc, TransactionTemplate transactions, Consumers consumers, Meters meters, Setups setups,
            Employees employees, BillCalculator calculator, BillWriter writer, BillSettings settings, Readings readings,
            Clock clock, @Value("${smartcbs.billing.part-size}") int partSize,
            @Value("${smartcbs.billing.workers}") int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("invalid smartcbs.billing.workers " + workers + ": set it to 1 or more");
        }
        this.workers = workers;
        this.readings = readings;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.consumers = consumers;
        this.meters = meters;
        this.setups = setups;
        this.employees = employees;
        this.calculator = calculator;
        this.writer = writer;
        this.settings = settings;
        this.clock = clock;
        this.partSize = partSize;
    }

    /**
     * Runs a month unattended, from draft to issue: every active connection in the scope with an accepted reading
     * and no bill for the month yet is billed. So is a disconnected connection whose meter was read after its last
     * bill, up to that final reading. Running the same month and scope again resumes an unfinished run, or finds
     * nothing left to bill.
     */
    public BillRunResult run(YearMonth month, LocalDate runDate, BillingScope scope) {
        BillRunResult drafted = draft(month, runDate, scope, SYSTEM);
        String status = awaitOtherNodes(drafted.runId(), month, resolve(scope));
        if (status.equals("DRAFT")) {
            // Another node running the same run may approve it first, which is as good.
            int approved = jdbc.sql("update bill_run set status = 'APPROVED', approved_by = ? where id = ?"
                    + " and status = 'DRAFT'").params(SYSTEM, drafted.runId()).update();
            if (approved == 1) {
                log.info("Bill run approved billRun={} approvedBy={}", drafted.runId(), SYSTEM);
            }
        }
        return issue(drafted.runId(), SYSTEM);
    }

    /**
     * Prices the month into draft bills, which can be checked, then approved and issued, or discarded. The result
     * lists the connections not billed with the reason: no reading, a reading held for review, no tariff.
     */
    public BillRunResult draft(YearMonth month, LocalDate runDate, BillingScope scope, String draftedBy) {
        Scope resolved = resolve(scope);
        if (runDate == null) {
            runDate = settings.issueDate(resolved.setupId, month).orElseThrow(() -> new IllegalArgumentException(
                    "no run date was given and the bill settings set no issue day for " + month
                            + "; give a run date or define an issue day"));
        }
        if (runDate.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("run date " + runDate + " is after today, " + LocalDate.now(clock));
        }
        if (runDate.isBefore(month.atDay(1))) {
            throw new IllegalArgumentException("run date " + runDate + " is before the billing month " + month
                    + " starts; give a run date in or after " + month);
        }
        if (!draftedBy.equals(SYSTEM)) {
            employees.requireRole(draftedBy, Role.ADMIN, Role.BILLING_OFFICER);
        }
        ensureSeries(month);
        LocalDate requestedRunDate = runDate;
        long runId = openRun(month, requestedRunDate, scope, resolved, draftedBy);

        billClaimableParts(runId, month, resolved);
        transactions.executeWithoutResult(status -> markDraftWhenPartsDone(runId));
        return result(runId);
    }

    /**
     * Claims and bills the run's parts until none is pending and no claim has timed out. Each worker thread claims
     * its own parts, as other nodes do. A part that fails stays claimed until its claim times out.
     */
    private void billClaimableParts(long runId, YearMonth month, Scope scope) {
        LocalDate issueDate = runDate(runId);
        runWorkers("draft", runId, failed -> {
            Optional<Long> part;
            while (!failed.get() && (part = claimPart(runId)).isPresent()) {
                billPartRetryingConflicts(runId, part.get(), month, issueDate, scope);
            }
        });
    }

    /**
     * Runs the work on {@code workers} threads at once and waits for all of them. The work receives a flag that is
     * set when one of the threads fails, so that the others stop after their current part. The first failure is
     * raised.
     */
    private void runWorkers(String step, long runId, StepWork work) {
        AtomicBoolean failed = new AtomicBoolean();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                work.run(failed);
            } catch (RuntimeException | Error e) {
                if (!firstFailure.compareAndSet(null, e)) {
                    log.warn("Bill run worker failed after an earlier worker failure billRun={} step={}", runId, step,
                            e);
                }
                failed.set(true);
                throw e;
            }
        };
        if (workers == 1) {
            worker.run();
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers,
                task -> new Thread(task, "bill-run-" + runId + "-" + step + "-" + threads.incrementAndGet()));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(worker));
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    // Raised below: the worker recorded its failure before it ended.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed.set(true);
                    throw new IllegalStateException("interrupted during the " + step + " step of bill run " + runId,
                            e);
                }
            }
        } finally {
            pool.shutdown();
            awaitWorkers(pool, step, runId);
        }
        Throwable first = firstFailure.get();
        if (first instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (first instanceof Error error) {
            throw error;
        }
    }

    /**
     * Returns the unfinished run of the month and scope, or creates it. When another node creates the same run at
     * the same moment, the unique open key rejects the second insert, and this node joins the run that won.
     */
    private long openRun(YearMonth month, LocalDate runDate, BillingScope scope, Scope resolved, String draftedBy) {
        try {
            return transactions.execute(status -> findUnfinished(month, scope).orElseGet(
                    () -> createRun(month, runDate, scope, resolved, draftedBy)));
        } catch (DuplicateKeyException createdByAnotherNode) {
            long runId = findUnfinished(month, scope).orElseThrow(() -> createdByAnotherNode);
            log.info("Bill run joined billRun={} month={} scope={}", runId, month, scope);
            return runId;
        }
    }

    /**
     * Waits while parts of the run are still claimed by another node, and returns the run's status then. A part
     * whose claim times out meanwhile, because its node died, is billed here.
     *
     * @throws IllegalStateException when the parts are not done within twice the claim timeout
     */
    private String awaitOtherNodes(long runId, YearMonth month, Scope scope) {
        LocalDateTime giveUp = LocalDateTime.now().plus(CLAIM_TIMEOUT.multipliedBy(2));
        String status = status(runId);
        while (status.equals("RUNNING")) {
            billClaimableParts(runId, month, scope);
            if (LocalDateTime.now().isAfter(giveUp)) {
                throw new IllegalStateException("bill run " + runId + " still has parts claimed by other nodes;"
                        + " run it again to resume the parts they abandoned");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for bill run " + runId, e);
            }
            transactions.executeWithoutResult(tx -> markDraftWhenPartsDone(runId));
            status = status(runId);
        }
        return status;
    }

    private void markDraftWhenPartsDone(long runId) {
        jdbc.sql("update bill_run set status = 'DRAFT' where id = ? and status = 'RUNNING' and not exists"
                + " (select 1 from bill_run_part p where p.bill_run_id = bill_run.id and p.status <> 'DONE')")
                .param(runId).update();
    }

    /** Approves a draft run; the approver must be another employee than the one who drafted it. */
    public BillRunResult approve(long runId, String approvedBy) {
        employees.requireRole(approvedBy, Role.ADMIN, Role.BILLING_OFFICER);
        String draftedBy = jdbc.sql("select drafted_by from bill_run where id = ?").param(runId).query(String.class)
                .optional().orElseThrow(() -> new IllegalArgumentException("bill run " + runId + " does not exist"));
        FourEyes.check("bill run " + runId, draftedBy, approvedBy);
        setStatus(runId, "DRAFT", "APPROVED", approvedBy);
        return result(runId);
    }

    /**
     * Issues an approved run: its draft bills are numbered, posted to the ledger and can no longer change. A run
     * stopped while issuing continues where it stopped when issued again.
     */
    public BillRunResult issue(long runId, String issuedBy) {
        String status = status(runId);
        if (!status.equals("APPROVED") && !status.equals("ISSUED")) {
            throw new IllegalStateException("bill run " + runId + " is " + status + "; only an approved run is issued");
        }
        Map<Long, BillTerms> termsBySetup = new ConcurrentHashMap<>();
        LocalDate issueDate = runDate(runId);
        String month = jdbc.sql("select billing_month from bill_run where id = ?").param(runId).query(String.class)
                .single();
        Queue<PartRange> parts = new ConcurrentLinkedQueue<>(jdbc.sql("select id, first_consumer, last_consumer"
                + " from bill_run_part where bill_run_id = ? order by first_consumer").param(runId)
                .query((row, rowNum) -> new PartRange(row.getLong("id"), row.getLong("first_consumer"),
                        row.getLong("last_consumer"))).list());
        runWorkers("issue", runId, failed -> {
            PartRange part;
            while (!failed.get() && (part = parts.poll()) != null) {
                issuePart(runId, part, month, draft -> termsBySetup.computeIfAbsent(draft.setupId(),
                        setup -> settings.termsFor(setup, issueDate)));
            }
        });
        transactions.executeWithoutResult(tx -> jdbc.sql("update bill_run set status = 'ISSUED', finished_at = ?,"
                + " open_key = null where id = ? and status = 'APPROVED'").params(LocalDateTime.now(clock), runId)
                .update());
        if (!status(runId).equals("ISSUED")) {
            throw new IllegalStateException("bill run " + runId + " was " + status(runId) + " while it was issued;"
                    + " none of its bills was issued");
        }
        BillRunResult result = result(runId);
        log.info("Bill run issued billRun={} month={} bills={} currentCharges={} exceptions={} issuedBy={}", runId,
                result.month(), result.bills(), result.currentCharges(), result.exceptions().size(), issuedBy);
        return result;
    }

    /**
     * Issues the drafts of one part in a transaction. Threads and nodes that issue the same run take turns on a
     * part: its row stays locked until the part commits, so the next one finds these bills issued and cannot number
     * or post them again.
     */
    private void issuePart(long runId, PartRange part, String month, Function<BillWriter.Draft, BillTerms> termsOf) {
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("select id from bill_run_part where id = ? for update").param(part.id()).query(Long.class)
                    .single();
            // The condition on consumer and month lets the unique index on them find the part's drafts, so each part
            // can read only its own bills, however many bills the run has.
            List<BillWriter.Draft> drafts = jdbc.sql("select b.id, b.consumer_id, c.setup_id, b.billing_month,"
                    + " b.current_charges, b.issue_date, b.due_date from bill b join consumer c"
                    + " on c.id = b.consumer_id where b.consumer_id between ? and ? and b.billing_month = ?"
                    + " and b.bill_run_id = ? and b.status = 'DRAFT' order by b.consumer_id")
                    .params(part.firstConsumer(), part.lastConsumer(), month, runId)
                    .query(BillWriter::toDraft).list();
            writer.issue(runId, drafts, termsOf);
        });
    }

    /** Discards a run that is not issued: its draft bills are deleted, so the month can be run again. */
    public void discard(long runId, String discardedBy) {
        if (!discardedBy.equals(SYSTEM)) {
            employees.requireRole(discardedBy, Role.ADMIN, Role.BILLING_OFFICER);
        }
        transactions.executeWithoutResult(tx -> {
            // The run's row is locked before its parts. A part being drafted holds a key share lock on the run's
            // row, through the foreign keys of its bills, until it commits, and then updates its part row. Taking
            // the parts first would deadlock with it when the run's row is updated below.
            jdbc.sql("select id from bill_run where id = ? for update").param(runId).query(Long.class).optional();
            // Locking every part waits for the parts being issued at this moment and keeps the others from being
            // issued until the discard commits.
            jdbc.sql("select id from bill_run_part where bill_run_id = ? order by id for update").param(runId)
                    .query(Long.class).list();
            String status = status(runId);
            if (status.equals("ISSUED") || status.equals("DISCARDED")) {
                throw new IllegalStateException("bill run " + runId + " is " + status + " and cannot be discarded;"
                        + " an issued bill is corrected by an adjustment");
            }
            boolean issuing = jdbc.sql("select count(*) from bill where bill_run_id = ? and status = 'ISSUED'")
                    .param(runId).query(Long.class).single() > 0;
            if (issuing) {
                throw new IllegalStateException("bill run " + runId + " is being issued and cannot be discarded;"
                        + " issue it again to finish, then correct its bills by adjustments");
            }
            List<Long> estimates = jdbc.sql("select reading_id from bill where bill_run_id = ? and status = 'DRAFT'"
                    + " and estimated = true").param(runId).query(Long.class).list();
            jdbc.sql("delete from bill_line where bill_id in (select id from bill where bill_run_id = ?"
                    + " and status = 'DRAFT')").param(runId).update();
            jdbc.sql("delete from bill where bill_run_id = ? and status = 'DRAFT'").param(runId).update();
            readings.deleteEstimates(estimates);
            jdbc.sql("update bill_run_part set status = 'DONE' where bill_run_id = ?").param(runId).update();
            jdbc.sql("update bill_run set status = 'DISCARDED', finished_at = ?, open_key = null where id = ?")
                    .params(LocalDateTime.now(clock), runId).update();
        });
        log.info("Bill run discarded billRun={} discardedBy={}", runId, discardedBy);
    }

    /** Returns the run's counts, totals and exceptions as they stand. */
    public BillRunResult result(long runId) {
        Map<String, Object> run = jdbc.sql("select billing_month, run_date, scope_type, scope_value from bill_run"
                + " where id = ?").param(runId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("bill run " + runId + " does not exist"));
        Map<String, Object> totals = jdbc.sql("select count(*) as bills, sum(current_charges) as charges from bill"
                + " where bill_run_id = ?").param(runId).query().singleRow();
        Object charges = totals.get("charges");
        Money currentCharges = charges == null ? Money.ZERO : Money.of(new BigDecimal(charges.toString()));
        List<BillRunException> exceptions = jdbc.sql("select c.consumer_no, e.reason from bill_run_exception e"
                + " join consumer c on c.id = e.consumer_id where e.bill_run_id = ? order by c.consumer_no")
                .param(runId).query((row, rowNum) -> new BillRunException(row.getString("consumer_no"),
                        row.getString("reason"))).list();
        String scopeValue = (String) run.get("scope_value");
        BillingScope scope = new BillingScope(BillingScope.Type.valueOf((String) run.get("scope_type")), scopeValue);
        return new BillRunResult(runId, YearMonth.parse((String) run.get("billing_month")), runDate(runId), scope,
                ((Number) totals.get("bills")).intValue(), currentCharges, exceptions, status(runId));
    }

    private String status(long runId) {
        return jdbc.sql("select status from bill_run where id = ?").param(runId).query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("bill run " + runId + " does not exist"));
    }

    private LocalDate runDate(long runId) {
        return jdbc.sql("select run_date from bill_run where id = ?").param(runId).query(LocalDate.class).single();
    }

    private void setStatus(long runId, String from, String to, String by) {
        int updated = jdbc.sql("update bill_run set status = ?, approved_by = ? where id = ? and status = ?")
                .params(to, by, runId, from).update();
        if (updated == 0) {
            throw new IllegalStateException("bill run " + runId + " is " + status(runId) + ", not " + from);
        }
        log.info("Bill run approved billRun={} approvedBy={}", runId, by);
    }

    private Scope resolve(BillingScope scope) {
        return switch (scope.type()) {
            case ALL -> new Scope(null, null, null);
            case BATCH -> new Scope(null, null, scope.value());
            case SETUP -> new Scope(setups.findByCode(scope.value()).map(Setup::id).orElseThrow(
                    () -> new IllegalArgumentException("setup " + scope.value() + " is not registered")), null, null);
            case CONSUMER -> new Scope(null, consumers.require(scope.value()).id(), null);
            case METER -> {
                Meter meter = meters.findBySerial(scope.value()).orElseThrow(
                        () -> new IllegalArgumentException("meter " + scope.value() + " is not registered"));
                long consumerId = meters.activeConsumerOf(meter.id()).orElseThrow(
                        () -> new IllegalArgumentException("meter " + scope.value() + " serves no consumer"));
                yield new Scope(null, consumerId, null);
            }
        };
    }

    private Optional<Long> findUnfinished(YearMonth month, BillingScope scope) {
        return jdbc.sql("select id from bill_run where billing_month = ? and scope_type = ?"
                + " and status in ('RUNNING', 'DRAFT', 'APPROVED') and coalesce(scope_value, '') = ? order by id")
                .params(month.toString(), scope.type().name(), scope.value() == null ? "" : scope.value())
                .query(Long.class).list().stream().findFirst();
    }

    private long createRun(YearMonth month, LocalDate runDate, BillingScope scope, Scope resolved, String draftedBy) {
        LocalDateTime now = LocalDateTime.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        String openKey = month + " " + scope.type() + " " + (scope.value() == null ? "" : scope.value());
        jdbc.sql("insert into bill_run (billing_month, run_date, scope_type, scope_value, status, drafted_by,"
                + " created_at, open_key) values (?, ?, ?, ?, 'RUNNING', ?, ?, ?)")
                .params(month.toString(), runDate, scope.type().name(), scope.value(), draftedBy, now, openKey)
                .update(key, "id");
        long runId = key.getKeyAs(Long.class);
        List<Long> ids = resolved.consumerId != null ? List.of(resolved.consumerId) : consumers.allIds();
        for (int from = 0; from < ids.size(); from += partSize) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + partSize));
            jdbc.sql("insert into bill_run_part (bill_run_id, first_consumer, last_consumer, status)"
                    + " values (?, ?, ?, 'PENDING')").params(runId, slice.get(0), slice.get(slice.size() - 1))
                    .update();
        }
        log.info("Bill run created billRun={} month={} runDate={} scope={} parts={} draftedBy={}", runId, month,
                runDate, scope, (ids.size() + partSize - 1) / partSize, draftedBy);
        return runId;
    }

    /**
     * Creates the month's bill number series unless it exists, in a transaction of its own: two runs may race to
     * create it, and the loser's failed insert must not spoil a transaction around it.
     */
    private void ensureSeries(YearMonth month) {
        boolean exists = jdbc.sql("select count(*) from bill_number_series where series = ?").param(month.toString())
                .query(Long.class).single() > 0;
        if (!exists) {
            try {
                transactions.executeWithoutResult(tx -> jdbc.sql("insert into bill_number_series (series,"
                        + " next_value) values (?, 1)").param(month.toString()).update());
            } catch (DuplicateKeyException createdByAnotherRun) {
                log.debug("Bill number series {} was created by another run", month);
            }
        }
    }

    /**
     * Claims a pending part, or one whose claim has timed out; returns empty when none is left. The candidates are
     * read a few at a time, because a large run has thousands of parts and reading all of them for each claim
     * would cost time proportional to the square of their number.
     */
    private Optional<Long> claimPart(long runId) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> candidates;
        do {
            candidates = jdbc.sql("select id from bill_run_part where bill_run_id = ? and (status = 'PENDING'"
                    + " or (status = 'CLAIMED' and claimed_at < ?)) order by id limit ?")
                    .params(runId, now.minus(CLAIM_TIMEOUT), CLAIM_CANDIDATES).query(Long.class).list();
            for (long partId : candidates) {
                int claimed = jdbc.sql("update bill_run_part set status = 'CLAIMED', claimed_by = ?, claimed_at = ?"
                        + " where id = ? and (status = 'PENDING' or (status = 'CLAIMED' and claimed_at < ?))")
                        .params(node, now, partId, now.minus(CLAIM_TIMEOUT)).update();
                if (claimed == 1) {
                    return Optional.of(partId);
                }
            }
        } while (!candidates.isEmpty());
        return Optional.empty();
    }

    /**
     * Bills a part; when another run billed one of its connections for the month at the same moment, the part's
     * transaction fails on the unique constraint and is priced again without that connection.
     */
    private void billPartRetryingConflicts(long runId, long partId, YearMonth month, LocalDate issueDate,
            Scope scope) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> {
                    if (!billPart(runId, partId, month, issueDate, scope)) {
                        status.setRollbackOnly();
                        log.info("Bill run part finished or discarded elsewhere, rolled back billRun={} part={}", runId,
                                partId);
                    }
                });
                return;
            } catch (DuplicateKeyException billedByAnotherRun) {
                if (attempt == 5) {
                    throw billedByAnotherRun;
                }
                log.warn("Bill run part conflicted with another run, retrying billRun={} part={} attempt={}", runId,
                        partId, attempt);
            }
        }
    }

    /**
     * Prices the part's connections and writes their draft bills. Returns false when the part is no longer claimed
     * when its bills are written, because the run was discarded or another node took over the part after its claim
     * timed out and finished it first. The caller then rolls the part's transaction back.
     */
    private boolean billPart(long runId, long partId, YearMonth month, LocalDate issueDate, Scope scope) {
        Map<String, Object> part = jdbc.sql("select first_consumer, last_consumer from bill_run_part where id = ?")
                .param(partId).query().singleRow();
        long first = ((Number) part.get("first_consumer")).longValue();
        long last = ((Number) part.get("last_consumer")).longValue();
        Map<Long, Meter> metersByConsumer = meters.activeMetersOf(first, last);
        Set<Long> billed = Set.copyOf(jdbc.sql("select consumer_id from bill where billing_month = ?"
                + " and consumer_id between ? and ?").params(month.toString(), first, last).query(Long.class).list());

        PartHistory history = calculator.history(first, last, issueDate);
        List<BillCalculator.PricedBill> bills = new ArrayList<>();
        Map<Long, Optional<ReadingWindow>> windowsBySetup = new HashMap<>();
        for (Consumer consumer : consumers.inIdRange(first, last)) {
            boolean disconnected = consumer.status() == ConsumerStatus.DISCONNECTED;
            if (!scope.includes(consumer) || !(consumer.isActive() || disconnected)
                    || billed.contains(consumer.id())) {
                continue;
            }
            Meter meter = metersByConsumer.get(consumer.id());
            Optional<ReadingWindow> window = windowsBySetup.computeIfAbsent(consumer.setupId(),
                    setup -> settings.readingWindow(setup, month));
            LocalDate readUpTo = window.map(ReadingWindow::to).filter(end -> end.isBefore(issueDate)).orElse(issueDate);
            // A disconnected connection gets a final bill when its meter was read after its last bill, and is
            // otherwise left out without an exception. It is never estimated.
            // NOTE: a connection disconnected before its first bill is not billed, even when its meter was read, and
            // a final reading held for review leaves the connection out without an exception.
            if (disconnected && (meter == null || !history.readAfterLastBill(consumer.id(), meter.id(), readUpTo))) {
                continue;
            }
            if (meter == null) {
                recordException(runId, consumer, "no meter is assigned");
                continue;
            }
            BillCalculator.Outcome outcome = calculator.price(consumer, meter, month, readUpTo, history);
            // A final reading is billed whenever it was taken: a disconnected meter is not read again, so a final
            // reading left out for being before a window would be listed as an exception in every later run.
            Optional<String> outsideWindow = disconnected ? Optional.empty()
                    : window.flatMap(w -> readBeforeWindow(outcome.bill(), w));
            if (outcome.bill() == null) {
                recordException(runId, consumer, outcome.exception());
            } else if (outsideWindow.isPresent()) {
                recordException(runId, consumer, outsideWindow.get());
            } else {
                bills.add(outcome.bill());
            }
        }
        Map<Long, BillTerms> termsBySetup = new HashMap<>();
        writer.writeDrafts(runId, bills, issueDate, bill -> termsBySetup.computeIfAbsent(bill.consumer().setupId(),
                setup -> settings.termsFor(setup, issueDate)), LocalDateTime.now(clock));
        int finished = jdbc.sql("update bill_run_part set status = 'DONE' where id = ? and status = 'CLAIMED'")
                .param(partId).update();
        return finished == 1;
    }

    /** Explains why an actual reading dated before the month's reading window cannot be billed in the month. */
    private static Optional<String> readBeforeWindow(BillCalculator.PricedBill bill, ReadingWindow window) {
        if (bill == null || bill.estimated() || !bill.current().readingDate().isBefore(window.from())) {
            return Optional.empty();
        }
        return Optional.of("the last reading of meter " + bill.meter().serial() + " is dated "
                + bill.current().readingDate() + ", before the reading window " + window.from() + " to " + window.to());
    }

    private void recordException(long runId, Consumer consumer, String reason) {
        jdbc.sql("delete from bill_run_exception where bill_run_id = ? and consumer_id = ?")
                .params(runId, consumer.id()).update();
        jdbc.sql("insert into bill_run_exception (bill_run_id, consumer_id, reason) values (?, ?, ?)")
                .params(runId, consumer.id(), reason).update();
    }

    /**
     * Waits until the workers have ended: after a failure or an interrupt, each ends with its current part. Their
     * transactions must not outlive the step, or the caller could close the connection pool under them.
     */
    private static void awaitWorkers(ExecutorService pool, String step, long runId) {
        // An interrupt that ended the step is cleared while waiting, so that the wait happens, and set again after.
        boolean interrupted = Thread.interrupted();
        try {
            if (!pool.awaitTermination(CLAIM_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                log.warn("Bill run workers still busy after the claim timeout billRun={} step={}", runId, step);
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The work of one worker thread in a step of a run, which stops early when {@code failed} is set. */
    @FunctionalInterface
    private interface StepWork {
        void run(AtomicBoolean failed);
    }

    /** A part of a run with its consumer ids, from first to last. */
    private record PartRange(long id, long firstConsumer, long lastConsumer) {
    }

    /** The resolved scope: a setup id, a consumer id, a route, or none of them for all connections. */
    private record Scope(Long setupId, Long consumerId, String route) {

        boolean includes(Consumer consumer) {
            return (setupId == null || consumer.setupId() == setupId)
                    && (consumerId == null || consumer.id() == consumerId)
                    && (route == null || route.equals(consumer.route()));
        }
    }
}
