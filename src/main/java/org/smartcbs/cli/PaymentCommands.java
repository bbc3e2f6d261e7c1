package org.smartcbs.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.smartcbs.core.installments.Installment;
import org.smartcbs.core.money.Money;
import org.smartcbs.payments.Adjustments;
import org.smartcbs.payments.InstallmentPlan;
import org.smartcbs.payments.InstallmentPlans;
import org.smartcbs.payments.Payments;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The commands that change what a consumer owes: payments, reversals, adjustments and installment plans. */
final class PaymentCommands {

    private PaymentCommands() {
    }

    @Command(name = "pay", mixinStandardHelpOptions = true,
            description = "Post a payment taken by a cashier, dated today. A bank or receipt reference is taken"
                    + " once.")
    static class Pay implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "CONSUMER_NO", description = "The consumer number.")
        String consumerNo;

        @Option(names = "--amount", required = true, paramLabel = "AMOUNT",
                description = "The amount paid, above zero with at most two decimals.")
        BigDecimal amount;

        @Option(names = "--reference", required = true, paramLabel = "REFERENCE",
                description = "The bank or receipt reference.")
        String reference;

        @Option(names = "--channel", defaultValue = "CASH", paramLabel = "CHANNEL",
                description = "How it was paid, such as CASH, CHEQUE, BANK or MOBILE (default: ${DEFAULT-VALUE}).")
        String channel;

        @Option(names = "--by", required = true, paramLabel = "USERNAME", description = "The cashier.")
        String by;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                Money balance = app.getBean(Payments.class).post(consumerNo, amount, reference, channel, by);
                spec.commandLine().getOut().printf("payment %s posted for %s; balance now %s%n", reference,
                        consumerNo, balance);
                return 0;
            }
        }
    }

    @Command(name = "reverse-payment", mixinStandardHelpOptions = true,
            description = "Reverse a payment, such as a bounced cheque: what it paid is owed again from today.")
    static class ReversePayment implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "REFERENCE", description = "The payment's bank or receipt reference.")
        String reference;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is reversed.")
        String reason;

        @Option(names = "--by", required = true, paramLabel = "USERNAME", description = "The employee.")
        String by;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                app.getBean(Payments.class).reverse(reference, reason, by);
                spec.commandLine().getOut().printf("payment %s reversed%n", reference);
                return 0;
            }
        }
    }

    @Command(name = "adjust", mixinStandardHelpOptions = true,
            description = "Request a debit or credit adjustment with a reason, dated today. One above"
                    + " smartcbs.adjustments.approval-above waits until another employee approves it with"
                    + " approve-adjustment.")
    static class Adjust implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "CONSUMER_NO", description = "The consumer number.")
        String consumerNo;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Direction direction;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the account is adjusted.")
        String reason;

        @Option(names = "--by", required = true, paramLabel = "USERNAME", description = "The employee who requests it.")
        String by;

        @Spec
        CommandSpec spec;

        static class Direction {
            @Option(names = "--debit", paramLabel = "AMOUNT", description = "Add this amount to what is owed.")
            BigDecimal debit;

            @Option(names = "--credit", paramLabel = "AMOUNT", description = "Take this amount off what is owed.")
            BigDecimal credit;
        }

        @Override
        public Integer call() {
            Adjustments.Kind kind = direction.debit != null ? Adjustments.Kind.DEBIT : Adjustments.Kind.CREDIT;
            BigDecimal amount = direction.debit != null ? direction.debit : direction.credit;
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                Adjustments.Requested requested = app.getBean(Adjustments.class).request(consumerNo, kind, amount,
                        reason, by);
                String outcome = requested.posted() ? "posted" : "waits for approval by another employee";
                spec.commandLine().getOut().printf("adjustment %d (%s %s) %s%n", requested.id(), kind,
                        amount.toPlainString(), outcome);
                return 0;
            }
        }
    }

    @Command(name = "approve-adjustment", mixinStandardHelpOptions = true,
            description = "Approve and post an adjustment that waits for approval.")
    static class ApproveAdjustment extends RequestDecision {
        @Override
        String decide(ApplicationContext app) {
            app.getBean(Adjustments.class).approve(id, by);
            return "adjustment " + id + " approved and posted";
        }
    }

    @Command(name = "reject-adjustment", mixinStandardHelpOptions = true,
            description = "Reject an adjustment that waits for approval.")
    static class RejectAdjustment extends RequestDecision {
        @Override
        String decide(ApplicationContext app) {
            app.getBean(Adjustments.class).reject(id, by);
            return "adjustment " + id + " rejected";
        }
    }

    @Command(name = "installment-plan", mixinStandardHelpOptions = true,
            description = "Put part of a consumer's arrears, or what is unpaid of one bill, on monthly installments."
                    + " The amounts add up exactly to the total; the last one takes the rounding remainder.")
    static class CreatePlan implements Callable<Integer> {

        @Mixin
        DatabaseOption database;

        @Parameters(index = "0", paramLabel = "CONSUMER_NO", description = "The consumer number.")
        String consumerNo;

        @ArgGroup(exclusive = true, multiplicity = "1")
        PlanAmount amount;

        static class PlanAmount {
            @Option(names = "--total", paramLabel = "AMOUNT",
                    description = "Put this much of the consumer's arrears on the plan, at most the balance.")
            BigDecimal total;

            @Option(names = "--bill", paramLabel = "BILL_NO",
                    description = "Put what is still unpaid of this issued bill on the plan.")
            String billNo;
        }

        @Option(names = "--down-payment", defaultValue = "0", paramLabel = "AMOUNT",
                description = "Paid first, on the first due date (default: none).")
        BigDecimal downPayment;

        @Option(names = "--installments", required = true, paramLabel = "COUNT",
                description = "The number of monthly installments after the down payment.")
        int count;

        @Option(names = "--first-due", required = true, paramLabel = "DATE",
                description = "The due date of the first payment (YYYY-MM-DD).")
        LocalDate firstDue;

        @Option(names = "--on-bill",
                description = "Add each installment to the first bill issued on or after its date, instead of"
                        + " making it due on its own date.")
        boolean onBill;

        @Option(names = "--by", required = true, paramLabel = "USERNAME", description = "The billing officer.")
        String by;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = Launcher.open(database.dataDir)) {
                InstallmentPlans plans = app.getBean(InstallmentPlans.class);
                InstallmentPlan plan = amount.billNo != null
                        ? plans.createOnBill(consumerNo, amount.billNo, downPayment, count, firstDue, onBill, by)
                        : plans.create(consumerNo, amount.total, downPayment, count, firstDue, onBill, by);
                spec.commandLine().getOut().printf("installment plan %d for %s: %s%n", plan.id(), consumerNo,
                        plan.total());
                for (Installment installment : plan.installments()) {
                    spec.commandLine().getOut().printf("  %d  %s  %s%n", installment.number(),
                            installment.dueDate(), installment.amount());
                }
                return 0;
            }
        }
    }
}
