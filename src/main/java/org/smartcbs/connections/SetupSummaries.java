package org.smartcbs.connections;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The setups with their connected, active, disconnected and pending meters, counted from the data. */
@Service
public class SetupSummaries {

    private final JdbcClient jdbc;

    SetupSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns every setup in code order; a setup without meters shows zeros. */
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
                order by s.code""").query(SetupSummary.class).list();
    }
}
