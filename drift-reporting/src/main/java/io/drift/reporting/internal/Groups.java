package io.drift.reporting.internal;

import io.drift.core.diff.Difference;
import io.drift.core.model.ObjectPath;

import java.util.List;

/**
 * Differences grouped by the object a person looks for: a table's columns, indexes, constraints, triggers and
 * policies under the table, every other object under itself (as the text format groups them). A diff is sorted by
 * path, so a group is a run of consecutive differences.
 */
final class Groups {

    private Groups() {
    }

    /** @return the path of the object a difference at {@code path} is listed under */
    static ObjectPath keyOf(ObjectPath path) {
        int n = Math.min(path.member() ? path.depth() - 1 : path.depth(), 2);
        return n == path.depth() && !path.member() ? path : new ObjectPath(path.parts().subList(0, n), false);
    }

    /** @return the index after the last difference of the group that starts at {@code start} */
    static int end(List<Difference> differences, int start) {
        ObjectPath key = keyOf(differences.get(start).path());
        int i = start + 1;
        while (i < differences.size() && keyOf(differences.get(i).path()).equals(key)) {
            i++;
        }
        return i;
    }

    /** @return the number of groups */
    static int count(List<Difference> differences) {
        int n = 0;
        for (int i = 0; i < differences.size(); i = end(differences, i)) {
            n++;
        }
        return n;
    }
}
