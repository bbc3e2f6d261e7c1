-- The billing schedule in the bill settings: the days of the billing month whose readings the month's bills use,
-- and the day of the month on which its bills are issued. Empty means no window and no default issue day.
alter table bill_settings add column reading_from_day integer;
alter table bill_settings add column reading_to_day integer;
alter table bill_settings add column issue_day integer;

-- One unfinished run per month and scope: the key is set while a run is running, drafted or approved and cleared
-- when it is issued or discarded, so a second node that starts the same run joins the first instead.
alter table bill_run add column open_key varchar(120);
alter table bill_run add constraint bill_run_one_open unique (open_key);
