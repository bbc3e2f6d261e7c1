package org.smartcbs.consumers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a clerk enters to register one consumer. A blank {@code consumerNo} is generated from the setup's series.
 */
public record ConsumerRegistration(String consumerNo, String name, String guardianName, String nationalId,
        String phone, String email, String address, String setupCode, String category, String tariffCode,
        BigDecimal sanctionedLoadKw, LocalDate connectionDate) {

    /** Returns the fields by the column names of the consumer import file. */
    Map<String, String> asColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("consumer_no", text(consumerNo));
        columns.put("name", text(name));
        columns.put("guardian_name", text(guardianName));
        columns.put("national_id", text(nationalId));
        columns.put("phone", text(phone));
        columns.put("email", text(email));
        columns.put("address", text(address));
        columns.put("setup_code", text(setupCode));
        columns.put("category", text(category));
        columns.put("tariff_code", text(tariffCode));
        columns.put("sanctioned_load_kw", sanctionedLoadKw == null ? "" : sanctionedLoadKw.toPlainString());
        columns.put("connection_date", connectionDate == null ? "" : connectionDate.toString());
        columns.put("status", ConsumerStatus.PENDING_APPROVAL.name());
        return columns;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
