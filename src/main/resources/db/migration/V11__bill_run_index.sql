-- A run's totals, its discard and the issue step select the run's bills: without this index each of those reads
-- scans every bill of every month.
-- NOTE: an index on (bill_run_id, id) would also serve the issue step's reads in id order. On H2 2.4.240 it made
-- the bill count of concurrent runs of one month wrong (BillRunsTest, three times out of three), and the cause is
-- not yet known.
create index bill_run_bills on bill (bill_run_id);
