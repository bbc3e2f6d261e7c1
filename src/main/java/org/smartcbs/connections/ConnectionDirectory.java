package org.smartcbs.connections;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.smartcbs.consumers.ConsumerStatus;
import org.smartcbs.core.contact.ContactRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Consumer search and the connection list, paged and sorted, with exports to CSV and XLSX. The columns searched
 * exactly (consumer number, national id, phone, meter serial) are indexed on both databases. The part-of-name and
 * part-of-address searches use trigram indexes on PostgreSQL when its pg_trgm extension is installed. On H2 they scan
 * the table.
 */
@Service
public class ConnectionDirectory {

    private static final Map<String, String> SORTS = Map.of("consumer_no", "c.consumer_no", "name", "c.name, c.consumer_no",
            "setup", "s.code, c.consumer_no", "status", "c.status, c.consumer_no");
    private static final List<String> HEADER = List.of("consumer_no", "name", "setup_code", "category", "tariff_code",
            "status", "meter_serial");

    private final JdbcClient jdbc;
    private final ContactRules rules = new ContactRules(ContactRules.CNIC);

    ConnectionDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of results and the number of all matches. */
    public record Page(List<ConnectionListEntry> entries, long total, int page, int size) {
    }

    public Page search(ConnectionSearch search) {
        String order = SORTS.get(search.sort());
        if (order == null) {
            throw new IllegalArgumentException("sort \"" + search.sort() + "\" must be one of " + SORTS.keySet());
        }
        List<Object> params = new ArrayList<>();
        String where = where(search, params);
        long total = jdbc.sql("select count(*) from consumer c join setup s on s.id = c.setup_id" + MeterJoin.SQL + where)
                .params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(search.size());
        pageParams.add((long) search.page() * search.size());
        List<ConnectionListEntry> entries = jdbc.sql("select c.consumer_no, c.name, s.code as setup_code, c.category,"
                + " c.tariff_code, c.status, m.serial as meter_serial from consumer c join setup s on s.id = c.setup_id"
                + MeterJoin.SQL + where + " order by " + order + " limit ? offset ?")
                .params(pageParams).query((row, rowNum) -> new ConnectionListEntry(row.getString("consumer_no"),
                        row.getString("name"), row.getString("setup_code"), row.getString("category"),
                        row.getString("tariff_code"), ConsumerStatus.valueOf(row.getString("status")),
                        row.getString("meter_serial"))).list();
        return new Page(entries, total, search.page(), search.size());
    }

    /** Returns the where clause of the search's filters and adds their parameters in order. */
    private String where(ConnectionSearch search, List<Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (search.text() != null && !search.text().isBlank()) {
            String text = search.text().strip();
            String phone = rules.normalPhone(text).orElse(text);
            // One indexed lookup per column, joined by union: an OR across the columns would scan the table. The
            // union is wrapped in a derived table because H2 2.4 ran a bare "c.id in (union)" again for every
            // consumer, which took minutes for part of a name at 100,000 consumers.
            where.append(" and c.id in (select id from (select id from consumer where consumer_no = ?"
                    + " union select id from consumer where national_id = ?"
                    + " union select id from consumer where phone = ?"
                    + " union select sa.consumer_id from meter_assignment sa join meter sm on sm.id = sa.meter_id"
                    + " where sm.serial = ? and sa.status = 'APPROVED' and sa.ended_on is null"
                    + " union select id from consumer where lower(name) like ?"
                    + " union select id from consumer where lower(address) like ?) matched)");
            String part = "%" + text.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
            params.addAll(List.of(text, text, phone, text, part, part));
        }
        if (search.setupCode() != null && !search.setupCode().isBlank()) {
            List<Long> setupIds = setupAndNested(search.setupCode().strip());
            where.append(" and c.setup_id in (").append(String.join(", ", Collections.nCopies(setupIds.size(), "?")))
                    .append(")");
            params.addAll(setupIds);
        }
        if (search.status() != null) {
            where.append(" and c.status = ?");
            params.add(search.status().name());
        }
        if (search.category() != null && !search.category().isBlank()) {
            where.append(" and c.category = ?");
            params.add(search.category());
        }
        if (search.tariffCode() != null && !search.tariffCode().isBlank()) {
            where.append(" and c.tariff_code = ?");
            params.add(search.tariffCode());
        }
        return where.toString();
    }

    /**
     * Returns the id of the setup with the code and of every setup nested under it, or of no setup (id -1) when the
     * code is unknown. The setup table is read whole and walked in memory, which assumes far fewer setups than
     * consumers.
     */
    private List<Long> setupAndNested(String code) {
        Map<Long, List<Long>> children = new HashMap<>();
        Long top = null;
        for (Map<String, Object> setup : jdbc.sql("select id, code, parent_id from setup").query().listOfRows()) {
            long id = ((Number) setup.get("id")).longValue();
            if (code.equals(setup.get("code"))) {
                top = id;
            }
            if (setup.get("parent_id") != null) {
                children.computeIfAbsent(((Number) setup.get("parent_id")).longValue(), k -> new ArrayList<>()).add(id);
            }
        }
        if (top == null) {
            return List.of(-1L);
        }
        List<Long> ids = new ArrayList<>();
        Deque<Long> toVisit = new ArrayDeque<>(List.of(top));
        while (!toVisit.isEmpty()) {
            long id = toVisit.pop();
            if (!ids.contains(id)) {
                ids.add(id);
                toVisit.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return ids;
    }

    /** Returns the whole connection list that the filters select, as CSV with a header row. */
    public byte[] exportCsv(ConnectionSearch filters) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (ConnectionListEntry entry : all(filters)) {
                printer.printRecord(values(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Returns the whole connection list that the filters select, as an XLSX workbook with one sheet. */
    public byte[] exportXlsx(ConnectionSearch filters) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Connections");
            writeRow(sheet.createRow(0), HEADER);
            int r = 1;
            for (ConnectionListEntry entry : all(filters)) {
                writeRow(sheet.createRow(r++), values(entry));
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ConnectionListEntry> all(ConnectionSearch filters) {
        List<ConnectionListEntry> entries = new ArrayList<>();
        int page = 0;
        Page current;
        do {
            current = search(new ConnectionSearch(filters.text(), filters.setupCode(), filters.status(),
                    filters.category(), filters.tariffCode(), filters.sort(), page++, 500));
            entries.addAll(current.entries());
        } while ((long) page * 500 < current.total());
        return entries;
    }

    private static List<String> values(ConnectionListEntry entry) {
        return java.util.Arrays.asList(entry.consumerNo(), entry.name(), entry.setupCode(), entry.category(),
                entry.tariffCode() == null ? "" : entry.tariffCode(), entry.status().name(),
                entry.meterSerial() == null ? "" : entry.meterSerial());
    }

    private static void writeRow(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }

    /** The join to the meter that serves each consumer now; consumers without one keep a null serial. */
    private static final class MeterJoin {
        static final String SQL = " left join meter_assignment a on a.consumer_id = c.id and a.status = 'APPROVED'"
                + " and a.ended_on is null left join meter m on m.id = a.meter_id";
    }
}
