package io.drift.core.diff;

import io.drift.core.diff.Scope.Level;
import io.drift.core.model.Constraint;
import io.drift.core.model.ForeignKey;
import io.drift.core.model.Index;
import io.drift.core.model.Member;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.PrimaryKey;
import io.drift.core.model.Table;
import io.drift.core.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The constraints and indexes of a table compared with a partial source ({@link Declared}): members of the kinds it
 * matches by columns are paired by what they do (see {@link Declared}), the others by kind and name as usual.
 */
final class MemberMatching {

    /** The properties that define a match, per kind: compared by the match, not again. */
    private static final Map<ObjectKind, Set<String>> SHAPE = Map.of(
            ObjectKind.PRIMARY_KEY, Set.of("columns"),
            ObjectKind.UNIQUE_CONSTRAINT, Set.of("columns"),
            ObjectKind.FOREIGN_KEY, Set.of("columns", "referencedTable", "referencedColumns"),
            ObjectKind.INDEX, Set.of("keys", "unique", "method", "predicate", "definition"));

    private MemberMatching() {
    }

    static void compare(StandardDiffer.Run run, ObjectPath table, Table e, Table a, Level level) {
        Declared declared = run.declared;
        List<Member> byName = new ArrayList<>();
        List<Member> actualByName = new ArrayList<>();
        List<Member> expected = new ArrayList<>();
        List<Member> actual = new ArrayList<>();
        split(e.constraints(), e.indexes(), declared, expected, byName);
        split(a.constraints(), a.indexes(), declared, actual, actualByName);
        run.members(table, byName, actualByName, level);

        Set<Member> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Member em : expected) {
            ObjectPath path = em.pathIn(table);
            if (!run.scope.has(em.kind(), path, level)) {
                continue;
            }
            Member am = match(em, actual);
            if (am == null) {
                run.report(em.kind(), path, true);
                continue;
            }
            matched.add(am);
            if (am.kind() == em.kind() && !am.equals(em)) {
                run.matchedOn = SHAPE.get(em.kind());
                try {
                    run.member(path, em, am);
                } finally {
                    run.matchedOn = Set.of();
                }
            }
        }
        for (Member am : actual) {
            ObjectPath path = am.pathIn(table);
            if (!matched.contains(am) && declared.listsEvery(am.kind()) && run.scope.has(am.kind(), path, level)) {
                run.report(am.kind(), path, false);
            }
        }
    }

    private static void split(List<? extends Constraint> constraints, List<Index> indexes, Declared declared,
                              List<Member> byColumns, List<Member> byName) {
        for (Member m : constraints) {
            (declared.matchesByColumns(m.kind()) ? byColumns : byName).add(m);
        }
        for (Member m : indexes) {
            (declared.matchesByColumns(m.kind()) ? byColumns : byName).add(m);
        }
    }

    /** @return the member of {@code actual} that does what {@code e} does, preferring one of the same kind and name */
    private static Member match(Member e, List<Member> actual) {
        Member found = null;
        for (Member a : actual) {
            if (serves(e, a)) {
                if (a.kind() == e.kind() && a.name().equals(e.name())) {
                    return a;
                }
                if (found == null || found.kind() != e.kind() && a.kind() == e.kind()) {
                    found = a;
                }
            }
        }
        return found;
    }

    /** @return whether {@code a} does what {@code e} declares */
    static boolean serves(Member e, Member a) {
        switch (e.kind()) {
            case PRIMARY_KEY:
                return a instanceof PrimaryKey && sameSet(((PrimaryKey) e).columns(), ((PrimaryKey) a).columns());
            case UNIQUE_CONSTRAINT: {
                List<String> columns = ((UniqueConstraint) e).columns();
                return a instanceof UniqueConstraint && sameSet(columns, ((UniqueConstraint) a).columns())
                        || a instanceof PrimaryKey && sameSet(columns, ((PrimaryKey) a).columns())
                        || a instanceof Index && ((Index) a).unique() && plain((Index) a)
                        && sameSet(columns, columnsOf((Index) a));
            }
            case FOREIGN_KEY: {
                if (!(a instanceof ForeignKey)) {
                    return false;
                }
                ForeignKey fe = (ForeignKey) e;
                ForeignKey fa = (ForeignKey) a;
                return fe.referencedTable().equals(fa.referencedTable())
                        && pairs(fe.columns(), fe.referencedColumns()).equals(pairs(fa.columns(), fa.referencedColumns()));
            }
            case INDEX: {
                Index ie = (Index) e;
                List<String> keys = unquoted(ie.keys());
                if (a instanceof Index) {
                    Index ia = (Index) a;
                    return (ia.unique() || !ie.unique()) && ie.method().equals(ia.method())
                            && Objects.equals(ie.predicate(), ia.predicate())
                            && keys.equals(unquoted(ia.keys()));
                }
                if (ie.predicate() != null || !"btree".equals(ie.method())) {
                    return false;
                }
                return a instanceof UniqueConstraint && keys.equals(((UniqueConstraint) a).columns())
                        || a instanceof PrimaryKey && keys.equals(((PrimaryKey) a).columns());
            }
            default:
                return false;
        }
    }

    private static boolean sameSet(List<String> a, List<String> b) {
        return a.size() == b.size() && new HashSet<>(a).equals(new HashSet<>(b));
    }

    private static Set<String> pairs(List<String> columns, List<String> referenced) {
        Set<String> pairs = new TreeSet<>();
        for (int i = 0; i < columns.size(); i++) {
            pairs.add(columns.get(i) + "\u0000" + (i < referenced.size() ? referenced.get(i) : ""));
        }
        return pairs;
    }

    /** @return whether an index has plain column keys only, and no predicate */
    private static boolean plain(Index index) {
        return index.predicate() == null && columnsOf(index) != null;
    }

    /** @return the column names of an index's keys, or {@code null} when a key is an expression or has options */
    private static List<String> columnsOf(Index index) {
        List<String> columns = new ArrayList<>();
        for (String key : index.keys()) {
            String name = identifier(key);
            if (name == null) {
                return null;
            }
            columns.add(name);
        }
        return columns;
    }

    private static List<String> unquoted(List<String> keys) {
        List<String> out = new ArrayList<>(keys.size());
        for (String key : keys) {
            String name = identifier(key);
            out.add(name == null ? key : name);
        }
        return out;
    }

    /**
     * @return the identifier a key names, unquoted ({@code "Email"} is {@code Email}, {@code email} is
     *         {@code email}), or {@code null} when it is not a lone identifier ({@code lower(email)},
     *         {@code email DESC})
     */
    static String identifier(String key) {
        if (key.length() >= 2 && key.charAt(0) == '"' && key.charAt(key.length() - 1) == '"') {
            String inner = key.substring(1, key.length() - 1);
            if (inner.replace("\"\"", "").indexOf('"') >= 0) {
                return null;
            }
            return inner.replace("\"\"", "\"");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = c == '_' || Character.isLetter(c) && Character.isLowerCase(c)
                    || i > 0 && (Character.isDigit(c) || c == '$') || !Character.isLetter(c) && c > 127;
            if (!ok) {
                return null;
            }
        }
        return key.isEmpty() ? null : key;
    }
}
