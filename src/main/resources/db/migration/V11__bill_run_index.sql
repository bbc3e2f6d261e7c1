-- A run's totals, its discard and the issue step select the run's bills: without this index each of those reads
-- scans every bill of every month. NOTE: an index on (bill_run_id, id) would also serve the issue step's reads in
-- id order, but on H2 2.4.240 it made the bill count of concurrent runs of one month wrong (BillRunsTest, three
-- times out of three), for a reason not yet found.
create index bill_run_bills on bill (bill_run_id);
