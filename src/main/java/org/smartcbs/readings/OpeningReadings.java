package org.smartcbs.readings;

import java.time.Clock;
import java.time.LocalDateTime;

import org.smartcbs.meters.MeterInstalled;
import org.smartcbs.meters.MeterReplaced;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records the readings that start and end a meter's service, in the transaction that installs or replaces it: the
 * previous system's last reading or the installation reading of a new meter, and the final reading of a replaced
 * meter.
 */
@Component
class OpeningReadings {

    private final JdbcClient jdbc;
    private final Clock clock;

    private final Readings readings;

    OpeningReadings(JdbcClient jdbc, Clock clock, Readings readings) {
        this.jdbc = jdbc;
        this.readings = readings;
        this.clock = clock;
    }

    @EventListener
    void on(MeterReplaced event) {
        readings.recordFinal(event.oldMeterId(), event.finalReading(), event.replacedOn());
        on(new MeterInstalled(event.newMeterId(), event.initialReading(), event.replacedOn()));
    }

    @EventListener
    void on(MeterInstalled event) {
        jdbc.sql("insert into reading (meter_id, reading_date, register_value, kind, status, created_at)"
                + " values (?, ?, ?, 'OPENING', 'ACCEPTED', ?)")
                .params(event.meterId(), event.lastReadingDate(), event.lastReading(), LocalDateTime.now(clock))
                .update();
    }
}
