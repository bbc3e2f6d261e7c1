package org.smartcbs.core.rows;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Splits ids for SQL {@code IN (...)} lists, so that one query loads the rows of many ids. */
public final class IdLists {

    /** Ids in one IN list, well within the parameters a PostgreSQL statement may have (a 16-bit count). */
    public static final int MAX_IDS = 1_000;

    private IdLists() {
    }

    /** Splits the ids into lists of at most {@link #MAX_IDS}, in their iteration order. */
    public static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_IDS) {
            chunks.add(all.subList(from, Math.min(all.size(), from + MAX_IDS)));
        }
        return chunks;
    }

    /** Returns {@code count} parameter markers separated by commas, for an IN list. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
