package io.drift.core.diff;

import io.drift.core.model.ObjectGlob;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.SchemaObject;
import io.drift.core.model.VendorObject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which objects a diff compares, from the schema and object globs, the ignored tables and the ignored kinds. Globs are
 * compiled once per diff; a path is rendered for matching only when some object glob is set.
 */
final class Scope {

    /** How far an object is compared. */
    enum Level {
        /** Not at all, nor its children. */
        OUT,
        /** Only its children that an include glob names (the object itself matches none). */
        PARTIAL,
        /** Fully, with its children unless they are excluded. */
        IN
    }

    private final ObjectGlob includeSchemas;
    private final ObjectGlob excludeSchemas;
    private final ObjectGlob includeObjects;
    private final ObjectGlob excludeObjects;
    private final ObjectGlob ignoredTables;
    private final Set<ObjectKind> ignoredKinds;
    private final Set<String> ignoredVendorKinds;
    private final Declared declared;
    private final Map<String, Boolean> schemas = new HashMap<>();

    Scope(DiffOptions options) {
        includeSchemas = compiled(options.includeSchemas());
        excludeSchemas = compiled(options.excludeSchemas());
        includeObjects = compiled(options.includeObjects());
        excludeObjects = compiled(options.excludeObjects());
        ignoredTables = compiled(options.ignoredTables());
        ignoredKinds = options.ignoredKinds();
        ignoredVendorKinds = options.ignoredVendorKinds();
        declared = options.declared();
    }

    /** @return the compiled globs, or {@code null} for none, which the checks below read as "no filter" */
    private static ObjectGlob compiled(List<String> globs) {
        return globs.isEmpty() ? null : ObjectGlob.of(globs);
    }

    /** @return whether objects of this kind are not compared: ignored, or not declared by the expected side */
    boolean ignores(ObjectKind kind) {
        return ignoredKinds.contains(kind) || !declared.declares(kind);
    }

    /** @return whether objects of this kind live in a schema named by their first path part */
    static boolean schemaScoped(ObjectKind kind) {
        return kind != ObjectKind.EXTENSION && kind != ObjectKind.VENDOR;
    }

    Level of(SchemaObject object) {
        ObjectKind kind = object.kind();
        if (schemaScoped(kind) && !schemaIn(object.path().first())) {
            return Level.OUT;
        }
        if (kind == ObjectKind.VENDOR && ignoredVendorKinds.contains(((VendorObject) object).vendorKind())) {
            return Level.OUT;
        }
        boolean tableGlobs = kind == ObjectKind.TABLE && ignoredTables != null;
        if (includeObjects == null && excludeObjects == null && !tableGlobs) {
            return Level.IN;
        }
        String text = object.path().toString();
        if (tableGlobs && ignoredTables.matches(text)) {
            return Level.OUT;
        }
        if (excludeObjects != null && excludeObjects.matches(text)) {
            return Level.OUT;
        }
        if (includeObjects == null) {
            return Level.IN;
        }
        if (includeObjects.matches(text)) {
            return Level.IN;
        }
        return includeObjects.matchesSomeChildOf(text) ? Level.PARTIAL : Level.OUT;
    }

    /** @return whether a child (column, member) of an object compared at {@code parent} is compared */
    boolean has(ObjectKind kind, ObjectPath path, Level parent) {
        if (ignores(kind) || parent == Level.OUT) {
            return false;
        }
        if (parent == Level.IN && excludeObjects == null) {
            return true;
        }
        String text = path.toString();
        if (excludeObjects != null && excludeObjects.matches(text)) {
            return false;
        }
        return parent == Level.IN || includeObjects.matches(text);
    }

    private boolean schemaIn(String schema) {
        if (includeSchemas == null && excludeSchemas == null) {
            return true;
        }
        return schemas.computeIfAbsent(schema, s -> (includeSchemas == null || includeSchemas.matches(s))
                && (excludeSchemas == null || !excludeSchemas.matches(s)));
    }
}
