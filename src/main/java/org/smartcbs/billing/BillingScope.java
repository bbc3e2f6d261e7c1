package org.smartcbs.billing;

import java.util.Locale;

/**
 * Which connections a bill run covers: all of them, a batch (the connections of one route), one setup, one
 * consumer or one meter.
 *
 * @param value the route, setup code, consumer number or meter serial; {@code null} for {@link Type#ALL}
 */
public record BillingScope(Type type, String value) {

    public enum Type {
        ALL, BATCH, SETUP, CONSUMER, METER
    }

    public static BillingScope all() {
        return new BillingScope(Type.ALL, null);
    }

    public BillingScope {
        if ((type == Type.ALL) != (value == null)) {
            throw new IllegalArgumentException("a " + type.name().toLowerCase(Locale.ROOT)
                    + " scope " + (value == null ? "needs a value" : "takes no value"));
        }
    }

    @Override
    public String toString() {
        return type == Type.ALL ? "all" : type.name().toLowerCase(Locale.ROOT) + "=" + value;
    }
}
