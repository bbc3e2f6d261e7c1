package org.smartcbs.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.smartcbs.core.money.Money;

/**
 * The figures of one issued bill, as {@link BillPdf} prints them.
 *
 * @param address postal address of the connection, {@code null} when unknown
 * @param setupName name of the setup (block, feeder or area) the consumer belongs to, {@code null} if none
 * @param meterSerial serial of the billed meter, {@code null} for an unmetered connection
 * @param units the units billed, after any multiplier and unit rounding
 * @param unit what is metered, such as {@code kWh}
 * @param previousBalance the ledger balance before this bill: arrears when positive, credit when negative
 * @param lateChargesAndAdjustments late charges and adjustments posted since the last bill
 * @param installmentDue the installment of a spread-out amount that falls due with this bill
 * @param payableByDueDate the amount to pay on or before {@code dueDate}
 * @param lateCharge the charge added when payment arrives after {@code dueDate}
 * @param payableAfterDueDate {@code payableByDueDate} plus {@code lateCharge}
 * @param currency ISO 4217 code printed next to amounts, such as {@code PKR}
 */
public record BillDocument(
        String organisationName,
        String billNumber,
        String consumerNumber,
        String consumerName,
        String address,
        String setupName,
        String meterSerial,
        YearMonth billingMonth,
        LocalDate periodStart,
        LocalDate periodEnd,
        long previousReading,
        long currentReading,
        BigDecimal units,
        String unit,
        String tariffCode,
        List<BillDocumentLine> lines,
        Money currentCharges,
        Money previousBalance,
        Money lateChargesAndAdjustments,
        Money installmentDue,
        Money payableByDueDate,
        Money lateCharge,
        Money payableAfterDueDate,
        LocalDate issueDate,
        LocalDate dueDate,
        String currency) {

    /** Unit of a bill that names none, the same default the tariffs use. */
    public static final String DEFAULT_UNIT = "kWh";

    public BillDocument {
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(billNumber, "billNumber");
        Objects.requireNonNull(consumerNumber, "consumerNumber");
        Objects.requireNonNull(consumerName, "consumerName");
        Objects.requireNonNull(billingMonth, "billingMonth");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(tariffCode, "tariffCode");
        Objects.requireNonNull(currentCharges, "currentCharges");
        Objects.requireNonNull(previousBalance, "previousBalance");
        Objects.requireNonNull(lateChargesAndAdjustments, "lateChargesAndAdjustments");
        Objects.requireNonNull(installmentDue, "installmentDue");
        Objects.requireNonNull(payableByDueDate, "payableByDueDate");
        Objects.requireNonNull(lateCharge, "lateCharge");
        Objects.requireNonNull(payableAfterDueDate, "payableAfterDueDate");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(currency, "currency");
        unit = unit != null ? unit : DEFAULT_UNIT;
        lines = List.copyOf(lines);
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException(
                    "bill " + billNumber + ": period end " + periodEnd + " is before period start " + periodStart);
        }
    }

    /** Creates a bill whose units are {@value #DEFAULT_UNIT}. */
    public BillDocument(String organisationName, String billNumber, String consumerNumber, String consumerName,
            String address, String setupName, String meterSerial, YearMonth billingMonth, LocalDate periodStart,
            LocalDate periodEnd, long previousReading, long currentReading, BigDecimal units, String tariffCode,
            List<BillDocumentLine> lines, Money currentCharges, Money previousBalance,
            Money lateChargesAndAdjustments, Money installmentDue, Money payableByDueDate, Money lateCharge,
            Money payableAfterDueDate, LocalDate issueDate, LocalDate dueDate, String currency) {
        this(organisationName, billNumber, consumerNumber, consumerName, address, setupName, meterSerial,
                billingMonth, periodStart, periodEnd, previousReading, currentReading, units, DEFAULT_UNIT,
                tariffCode, lines, currentCharges, previousBalance, lateChargesAndAdjustments, installmentDue,
                payableByDueDate, lateCharge, payableAfterDueDate, issueDate, dueDate, currency);
    }
}
