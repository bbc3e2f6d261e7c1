package org.smartcbs.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still on one day until it is moved, so that each step of the demo sees its own date as
 * today. It reads noon of that day in the organisation's zone.
 */
final class StepClock extends Clock {

    private volatile ZoneId zone = ZoneOffset.UTC;
    private volatile LocalDate today = LocalDate.EPOCH;

    /** Sets the organisation's zone; the application's settings give it only once the clock is in use. */
    void useZone(ZoneId organisationZone) {
        this.zone = organisationZone;
    }

    void moveTo(LocalDate day) {
        this.today = day;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(instant(), other);
    }

    @Override
    public Instant instant() {
        return today.atTime(12, 0).atZone(zone).toInstant();
    }
}
