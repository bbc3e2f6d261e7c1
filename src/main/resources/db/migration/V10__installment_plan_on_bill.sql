-- The bill an installment plan was made on; null for a plan on the consumer's arrears.
alter table installment_plan add column bill_id bigint references bill (id);
