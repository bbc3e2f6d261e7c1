package org.smartcbs.payments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smartcbs.consumers.Consumer;
import org.smartcbs.consumers.Consumers;
import org.smartcbs.core.allocation.AllocatedAmount;
import org.smartcbs.core.allocation.Allocation;
import org.smartcbs.core.allocation.AllocationOrder;
import org.smartcbs.core.money.Money;
import org.smartcbs.documents.ReceiptDocument;
import org.smartcbs.documents.ReceiptPdf;
import org.smartcbs.documents.StatementDocument;
import org.smartcbs.documents.StatementExport;
import org.smartcbs.documents.StatementLine;
import org.smartcbs.ledger.Ledger;
import org.smartcbs.ledger.LedgerStatement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Payment receipts and ledger statements as documents. */
@Service
public class AccountDocuments {

    /** The formats a statement is exported in. */
    public enum Format {
        PDF, CSV, XLSX
    }

    private final JdbcClient jdbc;
    private final Consumers consumers;
    private final Ledger ledger;
    private final String organisationName;
    private final String currency;
    private final AllocationOrder allocationOrder;

    AccountDocuments(JdbcClient jdbc, Consumers consumers, Ledger ledger,
            @Value("${smartcbs.organisation-name}") String organisationName,
            @Value("${smartcbs.currency}") String currency,
            @Value("${smartcbs.payments.allocation-order:OLDEST_FIRST}") AllocationOrder allocationOrder) {
        this.allocationOrder = allocationOrder;
        this.jdbc = jdbc;
        this.consumers = consumers;
        this.ledger = ledger;
        this.organisationName = organisationName;
        this.currency = currency;
    }

    /** Returns the receipt of a payment: what it paid, oldest first, and the balance after it. */
    public ReceiptDocument receipt(String reference) {
        Map<String, Object> payment = jdbc.sql("select consumer_id, paid_on, amount, channel from payment"
                + " where bank_reference = ?").param(reference).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no payment has the reference " + reference));
        Consumer consumer = consumers.findById(((Number) payment.get("consumer_id")).longValue()).orElseThrow();
        LedgerStatement statement = ledger.statement(consumer.id());
        Allocation allocation = AccountReplay.of(statement, allocationOrder).allocationOf(reference);
        List<ReceiptDocument.Allocation> lines = new ArrayList<>();
        if (allocation != null) {
            for (AllocatedAmount amount : allocation.amounts()) {
                lines.add(new ReceiptDocument.Allocation(amount.reference().replaceAll("#\\d+$", ""), amount.amount()));
            }
            if (allocation.credit().isPositive()) {
                lines.add(new ReceiptDocument.Allocation("credit for later bills", allocation.credit()));
            }
        }
        Money balanceAfter = statement.lines().stream()
                .filter(line -> line.entry().reference().equals(reference)
                        && line.entry().type() == org.smartcbs.ledger.LedgerEntryType.PAYMENT)
                .map(LedgerStatement.Line::balance).findFirst().orElse(statement.balance());
        Object channel = payment.get("channel");
        return new ReceiptDocument(organisationName, reference, consumer.consumerNo(), consumer.name(),
                toDate(payment.get("paid_on")), Money.of(new java.math.BigDecimal(payment.get("amount").toString())),
                channel == null ? "-" : channel.toString(), lines, balanceAfter, currency);
    }

    public byte[] receiptPdf(String reference) {
        return new ReceiptPdf().render(receipt(reference));
    }

    /** Returns the consumer's statement from {@code from} to {@code to}, both included. */
    public StatementDocument statement(String consumerNo, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("statement end " + to + " is before its start " + from);
        }
        Consumer consumer = consumers.require(consumerNo);
        Money opening = Money.ZERO;
        Money running = Money.ZERO;
        List<StatementLine> lines = new ArrayList<>();
        for (LedgerStatement.Line line : ledger.statement(consumer.id()).lines()) {
            LocalDate date = line.entry().date();
            if (date.isBefore(from)) {
                opening = line.balance();
                running = opening;
            } else if (!date.isAfter(to)) {
                running = line.balance();
                lines.add(new StatementLine(date, line.entry().type().name(), line.entry().reference(),
                        line.entry().amount(), running));
            }
        }
        return new StatementDocument(organisationName, consumer.consumerNo(), consumer.name(), from, to, opening,
                lines, running, currency);
    }

    public byte[] statement(String consumerNo, LocalDate from, LocalDate to, Format format) {
        StatementDocument statement = statement(consumerNo, from, to);
        StatementExport export = new StatementExport();
        return switch (format) {
            case PDF -> export.pdf(statement);
            case CSV -> export.csv(statement);
            case XLSX -> export.xlsx(statement);
        };
    }

    /** Reads a date column of a row map, which drivers return as {@code java.sql.Date} or {@code LocalDate}. */
    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
