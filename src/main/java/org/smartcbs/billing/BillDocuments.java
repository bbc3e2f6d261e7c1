package org.smartcbs.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import org.smartcbs.consumers.Consumer;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.core.money.Money;
import org.smartcbs.documents.BillDocument;
import org.smartcbs.documents.BillDocumentLine;
import org.smartcbs.documents.BillPdf;
import org.smartcbs.ledger.Ledger;
import org.smartcbs.ledger.LedgerEntryType;
import org.smartcbs.ledger.LedgerStatement;
import org.smartcbs.meters.Meter;
import org.smartcbs.meters.Meters;
import org.smartcbs.setups.Setup;
import org.smartcbs.setups.Setups;
import org.smartcbs.tariffs.TariffVersion;
import org.smartcbs.tariffs.TariffVersions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Issued bills as documents: the PDF of one bill, and one PDF of a whole run for printing. */
@Service
public class BillDocuments {

    private final JdbcClient jdbc;
    private final Consumers consumers;
    private final Setups setups;
    private final Meters meters;
    private final TariffVersions tariffs;
    private final Ledger ledger;
    private final String organisationName;
    private final BillPdf pdf = new BillPdf();

    BillDocuments(JdbcClient jdbc, Consumers consumers, Setups setups, Meters meters, TariffVersions tariffs,
            Ledger ledger, @Value("${smartcbs.organisation-name}") String organisationName) {
        this.jdbc = jdbc;
        this.consumers = consumers;
        this.setups = setups;
        this.meters = meters;
        this.tariffs = tariffs;
        this.ledger = ledger;
        this.organisationName = organisationName;
    }

    private record StoredBill(long id, String billNo, long consumerId, long meterId, String billingMonth,
            LocalDate periodStart, LocalDate periodEnd, long previousReading, long currentReading, BigDecimal units,
            long tariffVersionId, BigDecimal currentCharges, BigDecimal previousBalance, BigDecimal amountPayable,
            BigDecimal lateChargeDue, BigDecimal installmentDue, LocalDate issueDate, LocalDate dueDate) {
    }

    /** Renders the PDF of an issued bill. */
    public byte[] pdf(String billNo) {
        return pdf.render(document(billNo));
    }

    /** Renders every issued bill of a run into one PDF, one bill a page, in bill-number order. */
    public byte[] runPdf(long runId) {
        List<String> numbers = jdbc.sql("select bill_no from bill where bill_run_id = ? and status = 'ISSUED'"
                + " order by bill_no").param(runId).query(String.class).list();
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("bill run " + runId + " has no issued bill");
        }
        return pdf.renderRun(numbers.stream().map(this::document).toList());
    }

    private static StoredBill toStoredBill(ResultSet row, int rowNum) throws SQLException {
        return new StoredBill(row.getLong("id"), row.getString("bill_no"), row.getLong("consumer_id"),
                row.getLong("meter_id"), row.getString("billing_month"), row.getObject("period_start", LocalDate.class),
                row.getObject("period_end", LocalDate.class), row.getLong("previous_reading"),
                row.getLong("current_reading"), row.getBigDecimal("units"), row.getLong("tariff_version_id"),
                row.getBigDecimal("current_charges"), row.getBigDecimal("previous_balance"),
                row.getBigDecimal("amount_payable"), row.getBigDecimal("late_charge_due"),
                row.getBigDecimal("installment_due"), row.getObject("issue_date", LocalDate.class),
                row.getObject("due_date", LocalDate.class));
    }

    /** Returns the bill as its document: the consumer, the readings, the lines and the ledger summary. */
    public BillDocument document(String billNo) {
        StoredBill bill = jdbc.sql("select id, bill_no, consumer_id, meter_id, billing_month, period_start, period_end,"
                + " previous_reading, current_reading, units, tariff_version_id, current_charges, previous_balance,"
                + " amount_payable, late_charge_due, installment_due, issue_date, due_date from bill where bill_no = ?"
                + " and status = 'ISSUED'").param(billNo).query(BillDocuments::toStoredBill).optional()
                .orElseThrow(() -> new IllegalArgumentException("no issued bill has the number " + billNo));
        Consumer consumer = consumers.findById(bill.consumerId()).orElseThrow();
        Setup setup = setups.all().stream().filter(s -> s.id() == consumer.setupId()).findFirst().orElseThrow();
        Meter meter = meters.findById(bill.meterId()).orElseThrow();
        TariffVersion tariff = tariffs.findById(bill.tariffVersionId()).orElseThrow();
        List<BillDocumentLine> lines = jdbc.sql("select code, description, quantity, rate, range_from, range_to,"
                + " base, amount from bill_line where bill_id = ? order by line_no").param(bill.id())
                .query(BillDocuments::toLine).list();

        Money current = Money.of(bill.currentCharges());
        Money previousBalance = Money.of(bill.previousBalance());
        Money lateAndAdjusted = lateChargesAndAdjustmentsBefore(bill);
        Money payable = Money.of(bill.amountPayable());
        Money lateCharge = Money.of(bill.lateChargeDue());
        return new BillDocument(organisationName, bill.billNo(), consumer.consumerNo(), consumer.name(),
                consumer.address(), setup.name(), meter.serial(), YearMonth.parse(bill.billingMonth()),
                bill.periodStart(), bill.periodEnd(), bill.previousReading(), bill.currentReading(), bill.units(),
                tariff.tariff().unit(), tariff.code(), lines, current, previousBalance, lateAndAdjusted,
                bill.installmentDue() == null ? Money.ZERO : Money.of(bill.installmentDue()),
                payable, lateCharge, payable.plus(lateCharge), bill.issueDate(), bill.dueDate(),
                tariff.tariff().currency());
    }

    /** Sums the late charges and adjustments posted since the consumer's previous bill, up to this bill's date. */
    private Money lateChargesAndAdjustmentsBefore(StoredBill bill) {
        LocalDate since = jdbc.sql("select max(issue_date) from bill where consumer_id = ? and issue_date < ?"
                + " and status = 'ISSUED'").params(bill.consumerId(), bill.issueDate()).query(LocalDate.class).list()
                .stream().filter(Objects::nonNull).findFirst().orElse(LocalDate.MIN);
        LedgerStatement statement = ledger.statement(bill.consumerId());
        Money total = Money.ZERO;
        for (LedgerStatement.Line line : statement.lines()) {
            LedgerEntryType type = line.entry().type();
            boolean counted = type == LedgerEntryType.LATE_CHARGE || type == LedgerEntryType.LATE_CHARGE_REVERSAL
                    || type == LedgerEntryType.ADJUSTMENT;
            if (counted && line.entry().date().isAfter(since) && !line.entry().date().isAfter(bill.issueDate())) {
                total = total.plus(line.entry().amount());
            }
        }
        return total;
    }

    private static BillDocumentLine toLine(ResultSet rs, int row) throws SQLException {
        return new BillDocumentLine(rs.getString("code"), rs.getString("description"), rs.getBigDecimal("quantity"),
                rs.getBigDecimal("rate"), rs.getBigDecimal("range_from"), rs.getBigDecimal("range_to"),
                rs.getBigDecimal("base"), rs.getBigDecimal("amount"));
    }
}
