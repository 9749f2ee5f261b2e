package io.drift.flyway.internal;

import io.drift.core.CaptureOptions;
import io.drift.core.check.Check;
import io.drift.core.check.CheckContext;
import io.drift.core.check.CheckTag;
import io.drift.core.check.Finding;
import io.drift.core.check.FindingCode;
import io.drift.core.check.Fix;
import io.drift.core.check.Outcome;
import io.drift.core.diff.Changed;
import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.Difference;
import io.drift.core.diff.Missing;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Unexpected;
import io.drift.flyway.FlywayChecks;
import io.drift.flyway.FlywayCodes;
import io.drift.flyway.MigrationStatus;
import io.drift.flyway.MigrationsBuildException;
import io.drift.flyway.MigrationsSnapshot;
import io.drift.flyway.ShadowDatabase;
import io.drift.flyway.ShadowTarget;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.flywaydb.core.api.configuration.Configuration;

/** {@code flyway.drift}: the database against the schema its migrations build (in a shadow, or prebuilt). */
public final class DriftCheck implements Check {

    /** Its id. */
    public static final String ID = "flyway.drift";

    /** Where the expected schema comes from: a snapshot built ahead of time, or a shadow to build it in now. */
    public record Source(MigrationsSnapshot prebuilt, ShadowDatabase shadow) {
    }

    /** What a run of the check uses, decided from code or from its options. */
    public record Settings(Configuration configuration, Source source, DiffOptions diffOptions,
                           CaptureOptions captureOptions, FlywayChecks.FixStyle style) {
    }

    private final Function<CheckContext, Settings> settings;
    private final boolean enabledByDefault;
    private final Set<CheckTag> tags;
    private final Set<String> optionNames;

    /**
     * @param settings         what a run uses
     * @param enabledByDefault whether it runs unless turned off
     * @param expensive        whether it builds in a shadow (the quick profile leaves it out)
     * @param optionNames      the options it reads
     */
    public DriftCheck(Function<CheckContext, Settings> settings, boolean enabledByDefault, boolean expensive,
                      Set<String> optionNames) {
        this.settings = settings;
        this.enabledByDefault = enabledByDefault;
        this.tags = expensive ? Set.of(CheckTag.DRIFT, CheckTag.MIGRATIONS, CheckTag.EXPENSIVE, CheckTag.of("flyway"))
                : Set.of(CheckTag.DRIFT, CheckTag.MIGRATIONS, CheckTag.of("flyway"));
        this.optionNames = Set.copyOf(optionNames);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Compares the database with the schema its Flyway migrations build from empty: what they create that"
                + " it lacks, what it has that none creates, what differs.";
    }

    @Override
    public List<FindingCode> codes() {
        return FlywayCodes.driftCodes();
    }

    @Override
    public Set<CheckTag> tags() {
        return tags;
    }

    @Override
    public boolean enabledByDefault() {
        return enabledByDefault;
    }

    @Override
    public Set<String> optionNames() {
        return optionNames;
    }

    @Override
    public Outcome run(CheckContext context) {
        Settings s = settings.apply(context);
        // The database's snapshot does not depend on the expected one: let the run capture it while the migrations'
        // status is read or the shadow is built, rather than after.
        Thread early = new Thread(() -> {
            try {
                context.snapshot();
            } catch (RuntimeException e) {
                // the check's own call below reports it
            }
        }, "drift-flyway-capture");
        early.setDaemon(true);
        early.start();
        MigrationsSnapshot expected;
        if (s.source().prebuilt() != null) {
            expected = s.source().prebuilt();
            Duration left = context.remainingTime();
            MigrationStatus status = StatusReader.read(s.configuration(), context.dataSource(),
                    left.isZero() ? Duration.ofMillis(1) : left);
            List<String> changes = expected.changesFrom(status.migrations());
            if (!changes.isEmpty()) {
                return Outcome.of("the expected snapshot is stale", List.of(Finding.of(FlywayCodes.SNAPSHOT_STALE,
                        null, "The expected snapshot (built in " + expected.builtIn() + ") was built from other"
                        + " migrations than those in the code, so it is not compared: " + String.join("; ", changes)
                        + ".").withFix(Fix.action("Build it again from the current migrations (drift migrations"
                        + " snapshot --output FILE, or FlywayMigrations.expected(shadow).write(file)) and ship it"
                        + " with them."))));
            }
        } else {
            try {
                expected = ExpectedBuilder.build(s.configuration(), s.source().shadow(),
                        ShadowTarget.of(context.dataSource()), s.captureOptions());
            } catch (MigrationsBuildException e) {
                return Outcome.of("the migrations do not build from empty", List.of(Finding.of(
                        FlywayCodes.BUILD_FAILED, null, e.getMessage())
                        .withProperty(e.version().orElse(null))
                        .withFix(Fix.action("Fix " + e.migration().orElse("the migration") + " so that it runs on"
                                + " the schema the migrations before it build; to reproduce, migrate an empty"
                                + " database."))));
            }
        }
        SchemaDiff diff = ExpectedBuilder.diff(expected, context.snapshot(), s.diffOptions());
        List<Finding> findings = new ArrayList<>(diff.size());
        for (Difference d : diff.differences()) {
            findings.add(finding(d));
        }
        String source = expected.description() + (s.source().prebuilt() != null ? " (prebuilt in "
                : " (in ") + expected.builtIn() + ")";
        return Outcome.of(diff.isEmpty() ? "matches " + source
                : diff.size() + (diff.size() == 1 ? " difference" : " differences") + " from " + source, findings);
    }

    /**
     * @param d a difference from the schema the migrations build
     * @return it as a finding
     */
    public static Finding finding(Difference d) {
        String what = d.kind().displayName() + " " + d.path();
        if (d instanceof Missing) {
            return Finding.of(FlywayCodes.DRIFT_MISSING, d.severity(), d.path(), what + " is missing: the migrations"
                    + " create it.").withDifference(d)
                    .withFix(Fix.action("Apply the migration that creates it if one is pending (see flyway.status);"
                            + " else find out who dropped it, and restore it with a migration."));
        }
        if (d instanceof Unexpected) {
            return Finding.of(FlywayCodes.DRIFT_UNEXPECTED, d.severity(), d.path(), what + " is not created by any"
                    + " migration.").withDifference(d)
                    .withFix(Fix.action("If the code needs it, write a migration that creates it; if nothing uses"
                            + " it, drop it."));
        }
        Changed c = (Changed) d;
        return Finding.of(FlywayCodes.DRIFT_CHANGED, d.severity(), d.path(), what + ": " + c.property() + " is "
                + render(c.actual()) + " where the migrations make it " + render(c.expected()) + ".")
                .withProperty(c.property()).withDifference(d)
                .withFix(Fix.action("Make the change in a migration, or change it back."));
    }

    private static String render(String value) {
        return value == null ? "none" : "'" + value + "'";
    }
}
