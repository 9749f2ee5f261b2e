package io.drift.postgres.internal;

import io.drift.core.model.Attributes;
import io.drift.core.model.Column;
import io.drift.core.model.Grant;
import io.drift.core.model.Index;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.View;

import java.util.ArrayList;
import java.util.List;

/** A view being assembled: the view query finds it, the column and index queries complete it. */
final class ViewParts {
    final ObjectPath path;
    final boolean materialized;
    final String definition;
    final String owner;
    final String comment;
    /** Not final: a trigger on a view has no place in the model but the view's attributes (see TriggerQuery). */
    Attributes attributes;
    final List<Column> columns = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<Grant> grants = new ArrayList<>();

    ViewParts(ObjectPath path, boolean materialized, String definition, String owner, String comment,
              Attributes attributes) {
        this.path = path;
        this.materialized = materialized;
        this.definition = definition;
        this.owner = owner;
        this.comment = comment;
        this.attributes = attributes;
    }

    /** Adds a vendor attribute found by a later query. */
    void attribute(String key, String value) {
        attributes = attributes.with(key, value);
    }

    View build() {
        return new View(path, materialized, definition, columns, indexes, owner, comment, grants, attributes);
    }
}
