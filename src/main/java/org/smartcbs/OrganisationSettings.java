package org.smartcbs;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The organisation-wide beans: the clock every service takes "today" from, in the organisation's zone.
 */
@Configuration
class OrganisationSettings {

    /** The system clock in {@code smartcbs.time-zone}; the demo and the tests provide a clock of their own. */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock(@Value("${smartcbs.time-zone}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
