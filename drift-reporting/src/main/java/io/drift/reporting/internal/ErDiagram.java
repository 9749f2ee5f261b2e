package io.drift.reporting.internal;

import io.drift.core.diff.Changed;
import io.drift.core.diff.Difference;
import io.drift.core.diff.DifferenceType;
import io.drift.core.model.Column;
import io.drift.core.model.Constraint;
import io.drift.core.model.ForeignKey;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.PrimaryKey;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A Mermaid {@code erDiagram} of the drifted tables and the tables their foreign keys touch.
 *
 * <p><b>How drift is shown.</b> Mermaid cannot colour an ER entity in the versions code hosts run (classes and styles
 * came to {@code erDiagram} only in Mermaid 11, and a statement an older parser does not know breaks the whole
 * diagram), so the diagram says it in words a reader sees in every version: the entity's name starts with
 * {@code MISSING_}, {@code UNEXPECTED_} or {@code CHANGED_} (a table without a prefix is there because a foreign key
 * links it to a drifted one), a column's comment says {@code MISSING}, {@code UNEXPECTED} or {@code CHANGED type: a → b},
 * and a relationship that is missing or unexpected is drawn dashed with that word in its label.
 *
 * <p><b>Safety.</b> Nothing from the database reaches the diagram raw. Names and types keep only ASCII letters, digits,
 * {@code _}, and in types {@code ()[]}: every other character becomes {@code _}, so no name can close a block, start a
 * directive ({@code %%{init}%%}), a style statement or a link, and a word the parser reads as a key ({@code PK}) gets a
 * {@code _} first. Comments keep letters, digits, blanks and {@code _.,:()[]>-}. The exact names are in the report's
 * details; the diagram is a map.
 */
final class ErDiagram {

    /** Drifted tables drawn at most, then the tables linked to them up to {@link #MAX_ENTITIES}. */
    static final int MAX_DRIFTED = 25;
    static final int MAX_ENTITIES = 40;
    static final int MAX_COLUMNS = 20;
    private static final int MAX_VALUE = 40;

    enum Mark { MISSING, UNEXPECTED, CHANGED, LINKED }

    /** What the diff says about one table. */
    private static final class Drift {
        Mark mark = Mark.CHANGED;
        /** Drifted columns past the ones kept, only counted. */
        int notKept;
        /** Column name → its comment (MISSING, UNEXPECTED, CHANGED …), in the diff's order. */
        final Map<String, String> columns = new LinkedHashMap<>();
    }

    private final Map<ObjectPath, Drift> drifted = new TreeMap<>();
    /** Drifted tables past {@link #MAX_DRIFTED}, only counted: what is kept stays bounded however large the diff. */
    private final Set<ObjectPath> notKept = new HashSet<>();
    private final Snapshot expected;
    private final Snapshot actual;

    ErDiagram(Snapshot expected, Snapshot actual) {
        this.expected = expected;
        this.actual = actual;
    }

    /** Takes in one difference; those that are not about a table or its parts are ignored. */
    void add(Difference d) {
        ObjectPath table;
        if (d.kind() == ObjectKind.TABLE) {
            table = d.path();
        } else if ((d.kind() == ObjectKind.COLUMN || d.kind().isMember()) && d.path().depth() >= 2) {
            table = d.path().parent();
        } else {
            return;
        }
        if (!isTable(table, d.kind() == ObjectKind.TABLE)) {
            return;
        }
        Drift drift = drifted.get(table);
        if (drift == null) {
            if (drifted.size() >= MAX_DRIFTED) {
                notKept.add(table);
                return;
            }
            drift = new Drift();
            drifted.put(table, drift);
        }
        if (d.kind() == ObjectKind.TABLE && d.type() != DifferenceType.CHANGED) {
            drift.mark = d.type() == DifferenceType.MISSING ? Mark.MISSING : Mark.UNEXPECTED;
        } else if (d.kind() == ObjectKind.COLUMN) {
            String name = d.path().name();
            if (drift.columns.size() >= MAX_COLUMNS && !drift.columns.containsKey(name)) {
                drift.notKept++;
                return;
            }
            if (d instanceof Changed c) {
                String before = drift.columns.get(name);
                String change = c.property().equals("type") && c.expected() != null && c.actual() != null
                        ? "type: " + value(c.expected()) + " → " + value(c.actual()) : comment(c.property());
                drift.columns.put(name, before == null ? "CHANGED " + change : before + ", " + change);
            } else {
                drift.columns.put(name, d.type().name());
            }
        }
    }

    /** With snapshots, only what is a table on either side; without, every path that can be one. */
    private boolean isTable(ObjectPath path, boolean isTableDifference) {
        if (expected == null && actual == null) {
            return isTableDifference || path.depth() == 2;
        }
        return find(expected, path) != null || find(actual, path) != null;
    }

    private static Table find(Snapshot snapshot, ObjectPath path) {
        return snapshot == null ? null : snapshot.findTable(path).orElse(null);
    }

    boolean isEmpty() {
        return drifted.isEmpty();
    }

    int driftedTables() {
        return drifted.size() + notKept.size();
    }

    /**
     * @param maxDrifted how many drifted tables to draw at most
     * @return the diagram's lines (without the fence), and how many drifted tables were left out
     */
    Drawing draw(int maxDrifted) {
        Map<ObjectPath, Mark> entities = new LinkedHashMap<>();
        int omitted = notKept.size();
        for (Map.Entry<ObjectPath, Drift> e : drifted.entrySet()) {
            if (entities.size() < maxDrifted) {
                entities.put(e.getKey(), e.getValue().mark);
            } else {
                omitted++;
            }
        }
        addLinkedTables(entities, maxDrifted);

        Map<ObjectPath, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (Map.Entry<ObjectPath, Mark> e : entities.entrySet()) {
            names.put(e.getKey(), uniqueName(e.getKey(), e.getValue(), used));
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<ObjectPath, Mark> e : entities.entrySet()) {
            entity(lines, names.get(e.getKey()), e.getKey(), e.getValue());
        }
        for (Map.Entry<ObjectPath, Mark> e : entities.entrySet()) {
            relationships(lines, e.getKey(), e.getValue(), names);
        }
        return new Drawing(lines, omitted, entities.size());
    }

    record Drawing(List<String> lines, int omittedDrifted, int entities) {
    }

    /** Tables a drifted table's foreign keys point to, and tables whose foreign keys point to a drifted one. */
    private void addLinkedTables(Map<ObjectPath, Mark> entities, int maxDrifted) {
        if (expected == null && actual == null) {
            return;
        }
        Set<ObjectPath> drawnDrifted = new LinkedHashSet<>(entities.keySet());
        Set<ObjectPath> linked = new TreeSet<>();
        for (ObjectPath path : drawnDrifted) {
            for (Snapshot s : new Snapshot[] {expected, actual}) {
                Table t = find(s, path);
                if (t != null) {
                    foreignKeys(t).forEach(fk -> linked.add(fk.referencedTable()));
                }
            }
        }
        for (Snapshot s : new Snapshot[] {expected, actual}) {
            if (s == null) {
                continue;
            }
            for (Table t : s.tables()) {
                for (ForeignKey fk : foreignKeys(t)) {
                    if (drawnDrifted.contains(fk.referencedTable())) {
                        linked.add(t.path());
                    }
                }
            }
        }
        int room = Math.max(0, MAX_ENTITIES - entities.size());
        for (ObjectPath path : linked) {
            if (room == 0) {
                break;
            }
            if (!entities.containsKey(path) && (drifted.get(path) == null)
                    && (find(actual, path) != null || find(expected, path) != null)) {
                entities.put(path, Mark.LINKED);
                room--;
            }
        }
    }

    private static List<ForeignKey> foreignKeys(Table t) {
        List<ForeignKey> fks = new ArrayList<>();
        for (Constraint c : t.constraints()) {
            if (c instanceof ForeignKey fk) {
                fks.add(fk);
            }
        }
        return fks;
    }

    private void entity(List<String> lines, String name, ObjectPath path, Mark mark) {
        Drift drift = drifted.get(path);
        Table shown = mark == Mark.MISSING ? find(expected, path) : firstNonNull(find(actual, path), find(expected, path));
        Table other = mark == Mark.CHANGED ? find(expected, path) : null;
        // Columns: those of the table as it is (or as expected, when it is missing), then the missing ones.
        Map<String, Column> columns = new LinkedHashMap<>();
        if (shown != null) {
            shown.columns().forEach(c -> columns.put(c.name(), c));
        }
        if (other != null) {
            other.columns().forEach(c -> columns.putIfAbsent(c.name(), c));
        }
        Map<String, String> comments = new LinkedHashMap<>();
        if (drift != null) {
            comments.putAll(drift.columns);
        }
        Set<String> keys = new HashSet<>();
        Set<String> primary = new HashSet<>();
        Set<String> foreign = new HashSet<>();
        for (Table t : new Table[] {shown, other}) {
            if (t != null) {
                t.primaryKey().map(PrimaryKey::columns).ifPresent(primary::addAll);
                foreignKeys(t).forEach(fk -> foreign.addAll(fk.columns()));
            }
        }
        keys.addAll(primary);
        keys.addAll(foreign);
        // The drifted columns first, then key columns, then the others, up to the limit; in table order within each.
        List<String> order = new ArrayList<>();
        for (String c : comments.keySet()) {
            if (!columns.containsKey(c)) {
                order.add(c);   // known from the diff only
            }
        }
        List<String> chosen = new ArrayList<>();
        for (int pass = 0; pass < 3; pass++) {
            for (String c : columns.keySet()) {
                boolean take = pass == 0 ? comments.containsKey(c) : pass == 1 ? keys.contains(c) : true;
                if (take && !chosen.contains(c)) {
                    chosen.add(c);
                }
            }
        }
        chosen.addAll(0, order);
        int hidden = Math.max(0, chosen.size() - MAX_COLUMNS) + (drift == null ? 0 : drift.notKept);
        List<String> visible = new ArrayList<>(chosen.subList(0, Math.min(MAX_COLUMNS, chosen.size())));
        // Back to table order for reading.
        List<String> ordered = new ArrayList<>();
        for (String c : order) {
            if (visible.contains(c)) {
                ordered.add(c);
            }
        }
        for (String c : columns.keySet()) {
            if (visible.contains(c)) {
                ordered.add(c);
            }
        }
        if (ordered.isEmpty()) {
            lines.add("    " + name);
            return;
        }
        lines.add("    " + name + " {");
        for (String c : ordered) {
            Column column = columns.get(c);
            StringBuilder line = new StringBuilder("        ");
            line.append(word(column == null ? "column" : column.type(), true)).append(' ').append(word(c, false));
            if (primary.contains(c)) {
                line.append(" PK");
            } else if (foreign.contains(c)) {
                line.append(" FK");
            }
            String comment = comments.get(c);
            if (comment != null) {
                line.append(" \"").append(comment(comment)).append('"');
            }
            lines.add(line.toString());
        }
        if (hidden > 0) {
            lines.add("        more columns \"" + hidden + " more not shown\"");
        }
        lines.add("    }");
    }

    private void relationships(List<String> lines, ObjectPath path, Mark mark, Map<ObjectPath, String> names) {
        Table now = mark == Mark.MISSING ? null : find(actual, path);
        Table before = mark == Mark.UNEXPECTED ? null : find(expected, path);
        Map<String, ForeignKey> nowKeys = new TreeMap<>();
        Map<String, ForeignKey> beforeKeys = new TreeMap<>();
        if (now != null) {
            foreignKeys(now).forEach(fk -> nowKeys.put(fk.name(), fk));
        }
        if (before != null) {
            foreignKeys(before).forEach(fk -> beforeKeys.put(fk.name(), fk));
        }
        Set<String> all = new TreeSet<>(nowKeys.keySet());
        all.addAll(beforeKeys.keySet());
        boolean compareSides = mark == Mark.CHANGED || (mark == Mark.LINKED && now != null && before != null);
        for (String fkName : all) {
            ForeignKey fk = nowKeys.getOrDefault(fkName, beforeKeys.get(fkName));
            String target = names.get(fk.referencedTable());
            if (target == null) {
                continue;
            }
            String label = word(fkName, false);
            boolean solid = true;
            if (compareSides && !nowKeys.containsKey(fkName)) {
                label = "MISSING " + label;
                solid = false;
            } else if (compareSides && !beforeKeys.containsKey(fkName)) {
                label = "UNEXPECTED " + label;
                solid = false;
            }
            Table child = now != null ? now : before;
            boolean optional = fk.columns().stream()
                    .anyMatch(c -> child.findColumn(c).map(Column::nullable).orElse(false));
            lines.add("    " + names.get(path) + " }o" + (solid ? "--" : "..") + (optional ? "o|" : "||") + " "
                    + target + " : \"" + label + "\"");
        }
    }

    private static Table firstNonNull(Table a, Table b) {
        return a != null ? a : b;
    }

    private static String uniqueName(ObjectPath path, Mark mark, Set<String> used) {
        StringBuilder base = new StringBuilder();
        if (mark != Mark.LINKED) {
            base.append(mark.name()).append('_');
        }
        for (int i = 0; i < path.depth(); i++) {
            base.append(i == 0 ? "" : "_").append(identifier(path.parts().get(i)));
        }
        if (!Character.isLetter(base.charAt(0)) || base.charAt(0) > 0x7F) {
            base.insert(0, "x");
        }
        String name = base.toString();
        for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    /** An entity name part: ASCII letters, digits and {@code _}. */
    private static String identifier(String part) {
        StringBuilder out = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            out.append(isWordChar(c) ? c : '_');
        }
        return out.toString();
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** An attribute's type or name: word characters, and in a type also {@code ()[]}; never a bare key word. */
    static String word(String text, boolean type) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length() && out.length() < 60; i++) {
            char c = text.charAt(i);
            if (isWordChar(c) || (type && "()[]".indexOf(c) >= 0)) {
                out.append(c);
            } else if (c == ',' && type) {
                out.append('_');
            } else {
                out.append('_');
            }
        }
        if (out.length() == 0 || !(Character.isLetter(out.charAt(0)) || out.charAt(0) == '_')) {
            out.insert(0, '_');
        }
        String lower = out.toString().toLowerCase(java.util.Locale.ROOT);
        for (String key : new String[] {"pk", "fk", "uk"}) {
            if (lower.startsWith(key) && (lower.length() == 2 || !isWordChar(lower.charAt(2)))) {
                out.insert(0, '_');
            }
        }
        return out.toString();
    }

    /** A comment: letters, digits, blanks and {@code _.,:()[]>-}, and the arrow; anything else becomes {@code _}. */
    static String comment(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isWordChar(c) || " _.,:()[]>-→…".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('_');
            }
        }
        return out.toString();
    }

    private static String value(String text) {
        String v = comment(text);
        return v.length() <= MAX_VALUE ? v : v.substring(0, MAX_VALUE - 1) + "…";
    }
}
