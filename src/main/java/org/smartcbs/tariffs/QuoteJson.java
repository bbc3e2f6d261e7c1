package org.smartcbs.tariffs;

import java.math.BigDecimal;

import org.smartcbs.core.tariff.BillLine;
import org.smartcbs.core.tariff.Quote;

import tools.jackson.core.io.JsonStringEncoder;

/**
 * Writes a {@link Quote} as the JSON object of the {@code quote} command: tariff, currency, units, periodDays,
 * lines and total, with every decimal as a JSON string and one line object per row.
 */
public final class QuoteJson {

    private QuoteJson() {
    }

    /** Returns the JSON text of {@code quote}; a line's quantity and rate are left out when they are null. */
    public static String write(Quote quote) {
        StringBuilder json = new StringBuilder(256 + 128 * quote.lines().size());
        json.append("{\n");
        json.append("  \"tariff\": ").append(quoted(quote.tariffCode())).append(",\n");
        json.append("  \"currency\": ").append(quoted(quote.currency())).append(",\n");
        json.append("  \"units\": ").append(decimal(quote.units())).append(",\n");
        json.append("  \"periodDays\": ").append(quote.periodDays()).append(",\n");
        json.append("  \"lines\": [\n");
        for (int i = 0; i < quote.lines().size(); i++) {
            BillLine line = quote.lines().get(i);
            json.append("    {\"code\": ").append(quoted(line.code()));
            json.append(", \"description\": ").append(quoted(line.description()));
            if (line.quantity() != null) {
                json.append(", \"quantity\": ").append(decimal(line.quantity()));
            }
            if (line.rate() != null) {
                json.append(", \"rate\": ").append(decimal(line.rate()));
            }
            json.append(", \"amount\": ").append(decimal(line.amount())).append('}');
            json.append(i < quote.lines().size() - 1 ? ",\n" : "\n");
        }
        json.append("  ],\n");
        json.append("  \"total\": ").append(decimal(quote.total())).append('\n');
        json.append("}\n");
        return json.toString();
    }

    private static String decimal(BigDecimal value) {
        return quoted(value.toPlainString());
    }

    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, quoted);
        return quoted.append('"').toString();
    }
}
