package org.smartcbs.billing;

/** A connection that a bill run did not bill, and why: no reading, a reading held for review, no tariff. */
public record BillRunException(String consumerNo, String reason) {
}
