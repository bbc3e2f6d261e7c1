-- A late charge that a back-dated payment shows was never owed: the bill was covered by its due date after all.
-- The late_charge row stays, so the late-charge job never charges the bill again, and the ledger gets a
-- LATE_CHARGE_REVERSAL entry. At most one reversal per late charge.
alter table ledger_entry drop constraint ledger_entry_type;
alter table ledger_entry add constraint ledger_entry_type check (entry_type in ('OPENING_BALANCE', 'BILL',
    'LATE_CHARGE', 'LATE_CHARGE_REVERSAL', 'ADJUSTMENT', 'PAYMENT', 'PAYMENT_REVERSAL', 'INSTALLMENT_TRANSFER'));

create table late_charge_reversal (
    bill_id           bigint      primary key references late_charge (bill_id),
    payment_reference varchar(60) not null,
    reversed_on       date        not null,
    reversed_by       varchar(60) not null,
    created_at        timestamp   not null
);
