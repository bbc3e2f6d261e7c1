package org.smartcbs.consumers;

import java.util.List;

import org.smartcbs.core.rows.RowRejection;

/** A registration that was not taken, with every field at fault. */
public class RegistrationException extends IllegalArgumentException {

    private final transient List<RowRejection> problems;

    public RegistrationException(List<RowRejection> problems) {
        super("the consumer was not registered: " + String.join("; ",
                problems.stream().map(p -> p.field() + (p.value() == null ? "" : " \"" + p.value() + "\"") + " "
                        + p.reason()).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<RowRejection> problems() {
        return problems;
    }
}
