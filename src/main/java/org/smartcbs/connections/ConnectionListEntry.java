package org.smartcbs.connections;

import org.smartcbs.consumers.ConsumerStatus;

/** One line of the connection list: a consumer, their setup and the meter that serves them, if any. */
public record ConnectionListEntry(String consumerNo, String name, String setupCode, String category,
        String tariffCode, ConsumerStatus status, String meterSerial) {
}
