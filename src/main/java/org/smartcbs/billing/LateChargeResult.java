package org.smartcbs.billing;

import java.time.LocalDate;

import org.smartcbs.core.money.Money;

/** The late charges one run of the late-charge job added. */
public record LateChargeResult(LocalDate asOf, int count, Money total) {
}
