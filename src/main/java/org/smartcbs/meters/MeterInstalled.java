package org.smartcbs.meters;

import java.time.LocalDate;

/**
 * Published when a meter is registered with the last reading that the previous system took; that reading
 * starts the meter's first billing period.
 */
public record MeterInstalled(long meterId, long lastReading, LocalDate lastReadingDate) {
}
