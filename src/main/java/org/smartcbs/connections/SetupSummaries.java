package org.smartcbs.connections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The setups with their connected, active, disconnected and pending meters, counted from the data. */
@Service
public class SetupSummaries {

    private final JdbcClient jdbc;

    SetupSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns every setup in code order with its own meters only; a setup without meters shows zeros. */
    public List<SetupSummary> all() {
        return jdbc.sql("""
                select s.code as setup_code, s.name, p.code as parent_code,
                    count(case when a.status = 'APPROVED' then 1 end) as connected,
                    count(case when a.status = 'APPROVED' and c.status = 'ACTIVE' then 1 end) as active,
                    count(case when a.status = 'APPROVED' and c.status = 'DISCONNECTED' then 1 end) as disconnected,
                    count(case when a.status = 'REQUESTED'
                        or (a.status = 'APPROVED' and c.status = 'PENDING_APPROVAL') then 1 end) as pending
                from setup s
                left join setup p on p.id = s.parent_id
                left join consumer c on c.setup_id = s.id
                left join meter_assignment a on a.consumer_id = c.id and a.ended_on is null
                    and a.status in ('APPROVED', 'REQUESTED')
                group by s.code, s.name, p.code
                order by s.code""").query((row, rowNum) -> new SetupSummary(row.getString("setup_code"),
                        row.getString("name"), row.getString("parent_code"), row.getLong("connected"),
                        row.getLong("active"), row.getLong("disconnected"), row.getLong("pending"))).list();
    }

    /**
     * Returns every setup in code order with the meters of the setups nested under it added to its own: a
     * substation shows the meters of all its feeders and areas.
     */
    public List<SetupSummary> withNested() {
        List<SetupSummary> own = all();
        Map<String, List<SetupSummary>> children = new HashMap<>();
        for (SetupSummary setup : own) {
            if (setup.parentCode() != null) {
                children.computeIfAbsent(setup.parentCode(), code -> new ArrayList<>()).add(setup);
            }
        }
        List<SetupSummary> totals = new ArrayList<>();
        for (SetupSummary setup : own) {
            totals.add(total(setup, children, new HashSet<>()));
        }
        return totals;
    }

    private static SetupSummary total(SetupSummary setup, Map<String, List<SetupSummary>> children,
            Set<String> visited) {
        if (!visited.add(setup.setupCode())) {
            throw new IllegalStateException("setup " + setup.setupCode() + " is nested under itself");
        }
        long connected = setup.connected();
        long active = setup.active();
        long disconnected = setup.disconnected();
        long pending = setup.pending();
        for (SetupSummary child : children.getOrDefault(setup.setupCode(), List.of())) {
            SetupSummary nested = total(child, children, visited);
            connected += nested.connected();
            active += nested.active();
            disconnected += nested.disconnected();
            pending += nested.pending();
        }
        return new SetupSummary(setup.setupCode(), setup.name(), setup.parentCode(), connected, active, disconnected,
                pending);
    }
}
