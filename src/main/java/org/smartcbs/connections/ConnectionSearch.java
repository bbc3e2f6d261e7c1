package org.smartcbs.connections;

import org.smartcbs.consumers.ConsumerStatus;

/**
 * A search of consumers and the connection-list filters. Every field is optional ({@code null} or blank).
 *
 * @param text matched against consumer number, national id, phone and meter serial exactly, and against name
 *        and address as a case-insensitive part
 * @param setupCode the setup whose consumers are listed, with those of every setup nested under it
 * @param sort one of {@code consumer_no}, {@code name}, {@code setup}, {@code status}
 * @param page the page, from 0
 * @param size the page size, 1 to 500
 */
public record ConnectionSearch(String text, String setupCode, ConsumerStatus status, String category, String tariffCode,
        String sort, int page, int size) {

    public ConnectionSearch {
        if (page < 0) {
            throw new IllegalArgumentException("page " + page + " is negative");
        }
        if (size < 1 || size > 500) {
            throw new IllegalArgumentException("page size " + size + " must be from 1 to 500");
        }
        if (sort == null || sort.isBlank()) {
            sort = "consumer_no";
        }
    }

    public static ConnectionSearch forText(String text) {
        return new ConnectionSearch(text, null, null, null, null, null, 0, 50);
    }
}
