-- The billing schedule in the bill settings: the days of the billing month whose readings the month's bills use,
-- and the day of the month on which its bills are issued. Empty means no window and no default issue day.
alter table bill_settings add column reading_from_day integer;
alter table bill_settings add column reading_to_day integer;
alter table bill_settings add column issue_day integer;
