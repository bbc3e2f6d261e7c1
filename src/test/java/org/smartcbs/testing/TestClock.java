package org.smartcbs.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock for tests that stands on one day, at noon in Karachi, until the test moves it. */
public final class TestClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Karachi");

    private volatile LocalDate today;

    public TestClock(LocalDate today) {
        this.today = today;
    }

    public void moveTo(LocalDate day) {
        today = day;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return today.atTime(12, 0).atZone(ZONE).toInstant();
    }
}
