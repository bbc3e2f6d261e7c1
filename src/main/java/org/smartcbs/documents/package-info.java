/**
 * Printable documents and exports built from plain data records: bills and bill run print files, payment
 * receipts, ledger statements as PDF, CSV and XLSX. The renderers use no framework and no database, so the
 * billing, payments and ledger modules pass in the figures they already hold.
 */
package org.smartcbs.documents;
