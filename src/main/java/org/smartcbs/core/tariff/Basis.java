package org.smartcbs.core.tariff;

/**
 * The period length, in days, that every limit of a tariff is written for. Limits are scaled to
 * {@code limit × periodDays / days} before use.
 *
 * @param days length of the period the limits are written for, positive
 */
public record Basis(int days) {
}
