package io.drift.postgres.health.internal;

import static java.util.Objects.requireNonNull;

import io.drift.core.check.CheckOptions;
import io.drift.core.check.Finding;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A health check that is one bulk query of Drift's own over every inspected schema at once (a fixed number of
 * queries, whatever the number of schemas and tables), each row one finding.
 *
 * @param <S> its settings, read from its options
 */
final class SqlCheck<S> extends HealthCheck {

    /** What a row becomes: a finding, or {@code null} for none. */
    @FunctionalInterface
    interface RowFinding<S> {
        Finding read(ResultSet rs, S settings) throws SQLException;
    }

    /** Decides, before the query, that the check cannot say anything useful: the reason, or {@code null}. */
    @FunctionalInterface
    interface Precondition<S> {
        String skipReason(Connection connection, S settings) throws SQLException;
    }

    /** Something to add to the summary (what the check could not look at), or {@code ""}. */
    @FunctionalInterface
    interface Note<S> {
        String note(Connection connection, S settings) throws SQLException;
    }

    private final String query;
    private final Function<CheckOptions, S> settings;
    private final Function<S, Object[]> parameters;
    private final RowFinding<S> row;
    private final Noun noun;
    private final Precondition<S> precondition;
    private final Note<S> note;

    private SqlCheck(Builder<S> b) {
        super(b.definition);
        this.query = requireNonNull(b.query, "query");
        this.settings = requireNonNull(b.settings, "settings");
        this.parameters = requireNonNull(b.parameters, "parameters");
        this.row = requireNonNull(b.row, "row");
        this.noun = requireNonNull(b.noun, "noun");
        this.precondition = b.precondition;
        this.note = b.note;
    }

    static Builder<Void> builder(Definition definition, String query) {
        return new Builder<>(definition, query, o -> null);
    }

    @Override
    Inspection prepare(CheckOptions options) {
        S s = settings.apply(options);
        return (connection, context) -> {
            if (precondition != null) {
                String why = precondition.skipReason(connection, s);
                if (why != null) {
                    return Report.skipped(why);
                }
            }
            List<Finding> findings = new ArrayList<>();
            for (Finding f : Catalog.query(connection, query, rs -> row.read(rs, s), parameters.apply(s))) {
                if (f != null) {
                    findings.add(f);
                }
            }
            return Report.counted(noun, note == null ? "" : note.note(connection, s), findings);
        };
    }

    /** Builds a {@link SqlCheck}. */
    static final class Builder<S> {
        private final Definition definition;
        private final String query;
        private final Function<CheckOptions, S> settings;
        private Function<S, Object[]> parameters = s -> new Object[0];
        private RowFinding<S> row;
        private Noun noun;
        private Precondition<S> precondition;
        private Note<S> note;

        private Builder(Definition definition, String query, Function<CheckOptions, S> settings) {
            this.definition = definition;
            this.query = query;
            this.settings = settings;
        }

        <T> Builder<T> settings(Function<CheckOptions, T> value) {
            return new Builder<>(definition, query, value);
        }

        Builder<S> parameters(Function<S, Object[]> value) {
            this.parameters = value;
            return this;
        }

        Builder<S> row(RowFinding<S> value) {
            this.row = value;
            return this;
        }

        Builder<S> noun(String singular, String plural) {
            this.noun = Noun.of(singular, plural);
            return this;
        }

        Builder<S> precondition(Precondition<S> value) {
            this.precondition = value;
            return this;
        }

        Builder<S> note(Note<S> value) {
            this.note = value;
            return this;
        }

        SqlCheck<S> build() {
            return new SqlCheck<>(this);
        }
    }
}
