package org.smartcbs.consumers;

/** No consumer is registered under the number or id given. */
public class ConsumerNotFoundException extends RuntimeException {

    public ConsumerNotFoundException(String message) {
        super(message);
    }
}
