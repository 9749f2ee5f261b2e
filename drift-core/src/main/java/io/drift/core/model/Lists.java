package io.drift.core.model;

import java.util.ArrayList;
import java.util.List;

/** Copies used by the records' compact constructors. */
final class Lists {

    private Lists() {
    }

    /** @return an immutable copy of {@code grants}, sorted, so that the order a catalog returns them in is irrelevant */
    static List<Grant> sortedGrants(List<Grant> grants) {
        List<Grant> copy = new ArrayList<>(grants);
        copy.sort(null);
        return List.copyOf(copy);
    }

    static <T extends Comparable<? super T>> List<T> sorted(List<T> values) {
        List<T> copy = new ArrayList<>(values);
        copy.sort(null);
        return List.copyOf(copy);
    }

    static Attributes orEmpty(Attributes attributes) {
        return attributes == null ? Attributes.empty() : attributes;
    }
}
