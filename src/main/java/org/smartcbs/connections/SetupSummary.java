package org.smartcbs.connections;

/**
 * A setup with its meters counted from the data.
 *
 * @param connected meters serving a consumer of the setup now
 * @param active connected meters whose consumer is active
 * @param disconnected connected meters whose consumer is disconnected
 * @param pending connected meters whose consumer awaits approval, plus assignments awaiting approval
 */
public record SetupSummary(String setupCode, String name, String parentCode, long connected, long active,
        long disconnected, long pending) {
}
