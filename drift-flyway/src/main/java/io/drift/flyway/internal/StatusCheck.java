package io.drift.flyway.internal;

import io.drift.core.check.Check;
import io.drift.core.check.CheckContext;
import io.drift.core.check.CheckTag;
import io.drift.core.check.Finding;
import io.drift.core.check.FindingCode;
import io.drift.core.check.Outcome;
import io.drift.flyway.FlywayChecks;
import io.drift.flyway.FlywayCodes;
import io.drift.flyway.MigrationEntry;
import io.drift.flyway.MigrationStatus;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flywaydb.core.api.configuration.Configuration;

/** {@code flyway.status}: the database's migration history against the migrations in the code. */
public final class StatusCheck implements Check {

    /** Its id. */
    public static final String ID = "flyway.status";

    static final Set<CheckTag> TAGS = Set.of(CheckTag.MIGRATIONS, CheckTag.of("flyway"));

    private final Function<CheckContext, Configuration> configuration;
    private final FlywayChecks.FixStyle style;
    private final Set<String> optionNames;

    /**
     * @param configuration the Flyway configuration, given or read from the check's options
     * @param style         how fixes name Flyway's commands
     * @param optionNames   the options it reads (none when the configuration is given)
     */
    public StatusCheck(Function<CheckContext, Configuration> configuration, FlywayChecks.FixStyle style,
                       Set<String> optionNames) {
        this.configuration = configuration;
        this.style = style;
        this.optionNames = Set.copyOf(optionNames);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Compares the database's Flyway history with the migrations in the code: pending, failed, missing,"
                + " ahead, edited, out of order, skipped, baselined.";
    }

    @Override
    public List<FindingCode> codes() {
        return FlywayCodes.statusCodes();
    }

    @Override
    public Set<CheckTag> tags() {
        return TAGS;
    }

    @Override
    public Set<String> optionNames() {
        return optionNames;
    }

    @Override
    public Outcome run(CheckContext context) {
        Duration left = context.remainingTime();
        Configuration flyway = configuration.apply(context);
        MigrationStatus status = StatusReader.read(flyway, context.dataSource(),
                left.isZero() ? Duration.ofMillis(1) : left);
        if (!optionNames.isEmpty() && !status.historyTable().exists()
                && status.migrations().stream().noneMatch(MigrationEntry::isResolved)) {
            // Discovered, not asked for: no migration in the configured locations and no history in the database is
            // a database that does not use Flyway (or a configuration still to write), not a failure.
            String locations = Arrays.stream(flyway.getLocations()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return Outcome.skipped("no Flyway migrations in " + locations + " and no history table "
                    + status.historyTable() + ": configure checks.flyway.status.locations (or flyway.toml) for a"
                    + " database Flyway migrates, or turn the check off");
        }
        List<Finding> findings = StatusFindings.of(status, style);
        return Outcome.of(summary(status), findings);
    }

    static String summary(MigrationStatus status) {
        if (!status.historyTable().exists()) {
            return "no history table " + status.historyTable();
        }
        long inCode = status.migrations().stream().filter(m -> m.isResolved()).count();
        int pending = status.pending().size();
        return status.historyTable() + " at " + status.currentVersion().map(v -> "V" + v).orElse("no version")
                + ", " + inCode + (inCode == 1 ? " migration" : " migrations") + " in the code"
                + (pending == 0 ? ", none pending" : ", " + pending + " pending");
    }
}
