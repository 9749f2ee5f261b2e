package io.drift.core.diff;

import io.drift.core.diff.UnmatchedFilter.Filter;
import io.drift.core.model.ObjectGlob;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.SchemaObject;
import io.drift.core.model.Snapshot;
import io.drift.core.model.VendorObject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Finds the filters of a {@link DiffOptions} that match nothing on either side ({@link UnmatchedFilter}). Costs
 * nothing when no filter is set; otherwise one pass over the schema names, and one over the object paths (rendered
 * once each) that stops as soon as every object glob has matched something.
 */
final class Unmatched {

    private Unmatched() {
    }

    /** A glob still looking for a match. */
    private record Pending(Filter filter, String glob, ObjectGlob compiled) {
    }

    static List<UnmatchedFilter> find(Snapshot expected, Snapshot actual, DiffOptions options) {
        List<UnmatchedFilter> unmatched = new ArrayList<>();
        if (!options.includeSchemas().isEmpty() || !options.excludeSchemas().isEmpty()) {
            Set<String> schemas = new HashSet<>();
            for (Snapshot side : List.of(expected, actual)) {
                for (ObjectKind kind : ObjectKind.values()) {
                    if (!kind.isMember() && Scope.schemaScoped(kind)) {
                        side.objects(kind).keySet().forEach(path -> schemas.add(path.first()));
                    }
                }
            }
            schemaGlobs(Filter.INCLUDE_SCHEMAS, options.includeSchemas(), schemas, unmatched);
            schemaGlobs(Filter.EXCLUDE_SCHEMAS, options.excludeSchemas(), schemas, unmatched);
        }
        List<Pending> pending = new ArrayList<>();
        options.includeObjects().forEach(g -> pending.add(new Pending(Filter.INCLUDE_OBJECTS, g, ObjectGlob.of(g))));
        options.excludeObjects().forEach(g -> pending.add(new Pending(Filter.EXCLUDE_OBJECTS, g, ObjectGlob.of(g))));
        if (!pending.isEmpty()) {
            List<Pending> left = new ArrayList<>(pending);
            search:
            for (Snapshot side : List.of(expected, actual)) {
                for (ObjectKind kind : ObjectKind.values()) {
                    if (kind.isMember()) {
                        continue;
                    }
                    for (SchemaObject object : side.objects(kind).values()) {
                        match(left, object.path().toString());
                        for (StandardDiffer.Child child : StandardDiffer.children(object)) {
                            match(left, child.path().toString());
                        }
                        if (left.isEmpty()) {
                            break search;
                        }
                    }
                }
            }
            for (Pending p : pending) {
                if (left.contains(p)) {
                    unmatched.add(new UnmatchedFilter(p.filter(), p.glob()));
                }
            }
        }
        if (!options.ignoredVendorKinds().isEmpty()) {
            Set<String> vendorKinds = new HashSet<>();
            for (Snapshot side : List.of(expected, actual)) {
                for (VendorObject v : side.vendorObjects()) {
                    vendorKinds.add(v.vendorKind());
                }
            }
            options.ignoredVendorKinds().stream().filter(k -> !vendorKinds.contains(k)).sorted()
                    .forEach(k -> unmatched.add(new UnmatchedFilter(Filter.IGNORED_VENDOR_KINDS, k)));
        }
        // Sorted the way the options list them: schemas, objects, vendor kinds.
        unmatched.sort(Comparator.comparing(UnmatchedFilter::filter));
        return unmatched;
    }

    private static void schemaGlobs(Filter filter, List<String> globs, Set<String> schemas,
                                    List<UnmatchedFilter> unmatched) {
        for (String glob : globs) {
            ObjectGlob compiled = ObjectGlob.of(glob);
            if (schemas.stream().noneMatch(compiled::matches)) {
                unmatched.add(new UnmatchedFilter(filter, glob));
            }
        }
    }

    private static void match(List<Pending> left, String path) {
        for (Iterator<Pending> i = left.iterator(); i.hasNext(); ) {
            if (i.next().compiled().matches(path)) {
                i.remove();
            }
        }
    }
}
