package org.smartcbs.meters;

import java.math.BigInteger;
import java.time.LocalDate;

/**
 * A meter in the inventory.
 *
 * @param registerDigits how many digits the register shows; it rolls over to zero after 10^digits - 1
 * @param multiplier units per register step: units = register difference x multiplier
 */
public record Meter(long id, String serial, String make, String phase, int registerDigits, int multiplier,
        String status, LocalDate installedOn) {

    /** Returns 10^digits, the number of distinct register values. */
    public long registerRange() {
        return BigInteger.TEN.pow(registerDigits).longValueExact();
    }
}
