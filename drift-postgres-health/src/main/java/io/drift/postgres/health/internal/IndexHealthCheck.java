package io.drift.postgres.health.internal;

import static java.util.Objects.requireNonNull;

import io.drift.core.check.CheckContext;
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
 * {@link LentDataSource}. Drift then reads one more query of facts about the relations it reported (kind, partitions,
 * extension membership), drops what belongs to an extension, and makes each result a finding.
 *
 * @param <T> what pg-index-health reports
 * @param <S> the check's settings, read from its options
 */
final class IndexHealthCheck<T extends DbObject, S> extends HealthCheck {

    /** pg-index-health names the host it runs on; Drift lends it a connection, so the host is only a label. */
    private static final PgHost LENT = PgHostImpl.ofUrl("jdbc:postgresql://drift-lent-connection:5432/inspected");

    /** A result of pg-index-health, with the schema it was found in (as the catalog stores the name). */
    record Found<T>(String schema, T item) {
    }

    /** Turns what pg-index-health reports into findings. */
    interface Mapper<T, S> {
        /**
         * @return the relations (as pg-index-health renders them) whose facts the finding needs; the first is the one
         *         the item is about, and an item whose first relation belongs to an extension is dropped
         */
        List<String> relations(T item);

        /** @return whether the findings need to know which routines belong to an extension */
        default boolean routines() {
            return false;
        }

        /** @return the findings for one item: usually one, none to leave it out */
        List<Finding> findings(Found<T> found, S settings, Catalog.Facts facts);
    }

    /** Settings read from options, and how they become pg-index-health's context for a schema. */
    interface Settings<S> {
        S read(CheckOptions options);

        default PgContext context(String schema, S settings) {
            return PgContext.of(schema);
        }
    }

    private final Function<PgConnection, DatabaseCheckOnHost<T>> factory;
    private final Settings<S> settings;
    private final Mapper<T, S> mapper;
    private final Noun noun;
    private final Precondition<S> precondition;
    private final Supplement<S> supplement;

    IndexHealthCheck(Definition definition, Function<PgConnection, DatabaseCheckOnHost<T>> factory,
                     Settings<S> settings, Mapper<T, S> mapper, Noun noun, Precondition<S> precondition,
                     Supplement<S> supplement) {
        super(definition);
        this.factory = requireNonNull(factory, "factory");
        this.settings = requireNonNull(settings, "settings");
        this.mapper = requireNonNull(mapper, "mapper");
        this.noun = requireNonNull(noun, "noun");
        this.precondition = precondition;
        this.supplement = supplement;
    }

    /** Decides, before pg-index-health runs, that the check cannot say anything useful, and why. */
    interface Precondition<S> {
        /** @return why the check is skipped, or {@code null} to run it */
        String skipReason(Connection connection, S settings) throws SQLException;
    }

    /** What pg-index-health's query leaves out and Drift adds with a query of its own, with a note for the summary. */
    interface Supplement<S> {
        Report add(Connection connection, List<String> schemas, S settings) throws SQLException;
    }

    @Override
    Inspection prepare(CheckOptions options) {
        S s = settings.read(options);
        return (connection, context) -> inspect(connection, s);
    }

    private Report inspect(Connection connection, S s) throws SQLException {
        if (precondition != null) {
            String why = precondition.skipReason(connection, s);
            if (why != null) {
                return Report.skipped(why);
            }
        }
        List<String> schemas = Catalog.schemas(connection);
        LentDataSource lent = new LentDataSource(connection);
        PgConnection pgConnection = PgConnectionImpl.of(lent, LENT);
        DatabaseCheckOnHost<T> check = factory.apply(pgConnection);
        List<Found<T>> found = new ArrayList<>();
        for (String schema : schemas) {
            lent.schema(schema);
            try {
                for (T item : check.check(settings.context(schema, s), x -> true)) {
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
            findings.addAll(mapper.findings(f, s, facts));
        }
        String note = "";
        if (supplement != null) {
            Report more = supplement.add(connection, schemas, s);
            findings.addAll(more.findings());
            note = more.summary();
        }
        return Report.of(noun.count(findings.size()) + " in " + Noun.SCHEMA.count(schemas.size()) + note, findings);
    }
}
