package org.smartcbs.payments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcbs.core.allocation.Allocation;
import org.smartcbs.core.allocation.AllocationOrder;
import org.smartcbs.core.allocation.OpenItem;
import org.smartcbs.core.allocation.PaymentAllocation;
import org.smartcbs.core.money.Money;
import org.smartcbs.ledger.LedgerEntry;
import org.smartcbs.ledger.LedgerEntryType;
import org.smartcbs.ledger.LedgerStatement;

/**
 * What each payment of a consumer paid, worked out by replaying the ledger in posting order. Every debit is an open
 * item: the balance carried over, a bill, a late charge, a debit adjustment or an installment that fell due. A late
 * charge takes its bill's date and the place right after its bill. Every credit settles the open items in the
 * organisation's {@link AllocationOrder}, and what it leaves over is credit that the next debits use. A reversed
 * payment is left out of the replay together with its reversal, so what it had paid is open again. A reversed late
 * charge is left out together with its reversal, because it was never owed.
 */
final class AccountReplay {

    private final Map<String, Allocation> byPayment = new HashMap<>();

    private AccountReplay() {
    }

    static AccountReplay of(LedgerStatement statement, AllocationOrder order) {
        AccountReplay replay = new AccountReplay();
        replay.run(statement, order);
        return replay;
    }

    /** Returns what the payment with this bank reference paid, or {@code null} when it is not in the ledger. */
    Allocation allocationOf(String paymentReference) {
        return byPayment.get(paymentReference);
    }

    private void run(LedgerStatement statement, AllocationOrder allocationOrder) {
        Set<String> reversed = new HashSet<>();
        Set<String> reversedLateCharges = new HashSet<>();
        for (LedgerStatement.Line line : statement.lines()) {
            if (line.entry().type() == LedgerEntryType.PAYMENT_REVERSAL) {
                reversed.add(line.entry().reference());
            }
            if (line.entry().type() == LedgerEntryType.LATE_CHARGE_REVERSAL) {
                reversedLateCharges.add(line.entry().reference());
            }
        }
        List<OpenItem> items = new ArrayList<>();
        Map<String, OpenItem> bills = new HashMap<>();
        Money credit = Money.ZERO;
        // Items take even places in posting order, so a late charge can take the odd place right after its bill.
        int order = 0;
        for (LedgerStatement.Line line : statement.lines()) {
            LedgerEntry entry = line.entry();
            boolean reversal = entry.type() == LedgerEntryType.PAYMENT_REVERSAL;
            boolean reversedPayment = entry.type() == LedgerEntryType.PAYMENT && reversed.contains(entry.reference());
            boolean lateChargeReversal = entry.type() == LedgerEntryType.LATE_CHARGE_REVERSAL;
            boolean reversedLateCharge = entry.type() == LedgerEntryType.LATE_CHARGE
                    && reversedLateCharges.contains(entry.reference());
            if (reversal || reversedPayment || lateChargeReversal || reversedLateCharge || entry.amount().isZero()) {
                continue;
            }
            if (entry.amount().isPositive()) {
                Money fromCredit = credit.min(entry.amount());
                credit = credit.minus(fromCredit);
                Money outstanding = entry.amount().minus(fromCredit);
                OpenItem bill = bills.get(entry.reference());
                if (entry.type() == LedgerEntryType.LATE_CHARGE && bill != null) {
                    items.add(new OpenItem(itemReference(entry), bill.date(), bill.order() + 1, outstanding, true));
                } else {
                    OpenItem item = new OpenItem(itemReference(entry), entry.date(), order, outstanding,
                            entry.type() == LedgerEntryType.LATE_CHARGE);
                    items.add(item);
                    if (entry.type() == LedgerEntryType.BILL) {
                        bills.put(entry.reference(), item);
                    }
                }
                order += 2;
            } else {
                List<OpenItem> open = items.stream().filter(item -> item.outstanding().isPositive()).toList();
                Allocation allocation = PaymentAllocation.allocate(entry.amount().negate(), open, allocationOrder);
                items = new ArrayList<>(PaymentAllocation.settle(items, allocation));
                credit = credit.plus(allocation.credit());
                if (entry.type() == LedgerEntryType.PAYMENT) {
                    byPayment.put(entry.reference(), allocation);
                }
            }
        }
    }

    /** A late charge carries its bill's number as reference, so its item is named apart from the bill's. */
    private static String itemReference(LedgerEntry entry) {
        return switch (entry.type()) {
            case LATE_CHARGE -> "late charge " + entry.reference();
            case OPENING_BALANCE -> "balance carried over";
            default -> entry.reference() + "#" + entry.id();
        };
    }
}
