package io.drift.postgres.health.internal;

import static java.util.Objects.requireNonNull;

import io.drift.core.check.CheckOptions;
import io.drift.core.check.Finding;

import io.github.mfvanek.pg.connection.PgConnection;
import io.github.mfvanek.pg.connection.PgConnectionImpl;
import io.github.mfvanek.pg.connection.exception.PgSqlException;
import io.github.mfvanek.pg.connection.host.PgHost;
import io.github.mfvanek.pg.connection.host.PgHostImpl;
import io.github.mfvanek.pg.core.checks.common.DatabaseCheckOnHost;
import io.github.mfvanek.pg.model.context.PgContext;
import io.github.mfvanek.pg.model.dbobject.DbObject;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A health check whose query is one of pg-index-health's: its {@code DatabaseCheckOnHost}, run once per schema (that
 * is how pg-index-health 0.31.0 runs every check) on the connection of the check's read-only transaction, lent through
 * {@link LentDataSource}. Drift then reads one more query of facts about the relations it reported (their kind,
 * whether an extension owns them), drops what belongs to an extension, and makes each result a finding.
 *
 * @param <T> what pg-index-health reports
 */
final class IndexHealthCheck<T extends DbObject> extends HealthCheck {

    /** pg-index-health names the host it runs on; Drift lends it a connection, so the host is only a label. */
    private static final PgHost LENT = PgHostImpl.ofUrl("jdbc:postgresql://drift-lent-connection:5432/inspected");

    /** A result of pg-index-health, with the schema it was found in (as the catalog stores the name). */
    record Found<T>(String schema, T item) {
    }

    /** Turns what pg-index-health reports into findings. */
    interface Mapper<T> {
        /**
         * @return the relations (as pg-index-health renders them) the item is about; an item whose first relation
         *         belongs to an extension is dropped
         */
        List<String> relations(T item);

        /** @return whether the findings need to know which routines belong to an extension */
        default boolean routines() {
            return false;
        }

        /** @return the findings for one item: usually one, none to leave it out */
        List<Finding> findings(Found<T> found, Catalog.Facts facts);
    }

    private final Function<PgConnection, DatabaseCheckOnHost<T>> factory;
    private final Mapper<T> mapper;
    private final Noun noun;

    IndexHealthCheck(Definition definition, Function<PgConnection, DatabaseCheckOnHost<T>> factory, Mapper<T> mapper,
                     Noun noun) {
        super(definition);
        this.factory = requireNonNull(factory, "factory");
        this.mapper = requireNonNull(mapper, "mapper");
        this.noun = requireNonNull(noun, "noun");
    }

    @Override
    Inspection prepare(CheckOptions options) {
        return (connection, context) -> inspect(connection);
    }

    private Report inspect(Connection connection) throws SQLException {
        List<String> schemas = Catalog.schemas(connection);
        LentDataSource lent = new LentDataSource(connection);
        PgConnection pgConnection = PgConnectionImpl.of(lent, LENT);
        DatabaseCheckOnHost<T> check = factory.apply(pgConnection);
        List<Found<T>> found = new ArrayList<>();
        for (String schema : schemas) {
            lent.schema(schema);
            try {
                for (T item : check.check(PgContext.of(schema), x -> true)) {
                    found.add(new Found<>(schema, item));
                }
            } catch (PgSqlException e) {
                // pg-index-health wraps the driver's exception; the runner reports SQL errors by their own message
                if (e.getCause() instanceof SQLException) {
                    throw (SQLException) e.getCause();
                }
                throw e;
            }
        }
        Set<String> names = new LinkedHashSet<>();
        found.forEach(f -> names.addAll(mapper.relations(f.item())));
        Catalog.Facts facts = Catalog.facts(connection, names, mapper.routines() && !found.isEmpty());
        List<Finding> findings = new ArrayList<>();
        for (Found<T> f : found) {
            List<String> relations = mapper.relations(f.item());
            if (!relations.isEmpty() && facts.extensionMemberOrGone(relations.get(0))) {
                continue;
            }
            findings.addAll(mapper.findings(f, facts));
        }
        return Report.counted(noun, " in " + Noun.SCHEMA.count(schemas.size()), findings);
    }
}
