package org.smartcbs.core.tariff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies that keep {@code null} elements, so validation can report them with their path. */
final class ModelLists {

    private ModelLists() {
    }

    static <T> List<T> copy(List<T> list) {
        if (list == null) {
            return null;
        }
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
