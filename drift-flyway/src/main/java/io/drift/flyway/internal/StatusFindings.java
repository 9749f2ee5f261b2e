package io.drift.flyway.internal;

import io.drift.core.check.Finding;
import io.drift.core.check.Fix;
import io.drift.flyway.FlywayChecks.FixStyle;
import io.drift.flyway.FlywayCodes;
import io.drift.flyway.MigrationEntry;
import io.drift.flyway.MigrationStatus;
import io.drift.flyway.ValidationError;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.flywaydb.core.api.MigrationState;

/** Turns a {@link MigrationStatus} into findings: one per migration in a state that matters, each with its fix. */
public final class StatusFindings {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private StatusFindings() {
    }

    /**
     * @param status the status
     * @param style  how fixes name Flyway's commands
     * @return the findings, in Flyway's order of migrations
     */
    public static List<Finding> of(MigrationStatus status, FixStyle style) {
        List<Finding> findings = new ArrayList<>();
        var table = status.historyTable();
        if (!table.exists()) {
            List<MigrationEntry> inCode = status.migrations().stream().filter(MigrationEntry::isResolved).toList();
            String what = inCode.isEmpty() ? "and the code holds no migration either (check the locations)"
                    : "while the code holds " + inCode.size() + (inCode.size() == 1 ? " migration" : " migrations")
                    + " (" + range(inCode) + "), none of them applied";
            findings.add(Finding.of(FlywayCodes.NO_HISTORY, table.path(), "There is no Flyway history table "
                    + table + " " + what + ": Flyway has never migrated this database, or its history is elsewhere.")
                    .withFix(Fix.action("Migrate the database (" + command(style, "migrate") + "); for a schema made"
                            + " before Flyway, baseline it first (" + command(style, "baseline") + "); or point"
                            + " Flyway at the history it has (defaultSchema, table).")));
            return findings;
        }
        Set<String> covered = new HashSet<>();
        String latestInCode = status.latestVersionInCode().orElse(null);
        String current = status.currentVersion().orElse(null);
        for (MigrationEntry m : status.migrations()) {
            Finding f = finding(m, status, style, latestInCode, current);
            if (f != null) {
                findings.add(f);
                covered.add(key(m.version(), m.description()));
            }
        }
        List<MigrationEntry> baseline = status.baseline();
        if (!baseline.isEmpty()) {
            MigrationEntry base = baseline.stream().filter(m -> m.state() == MigrationState.BASELINE).findFirst()
                    .orElse(baseline.get(0));
            List<MigrationEntry> below = baseline.stream().filter(m -> m.state() != MigrationState.BASELINE).toList();
            findings.add(Finding.of(FlywayCodes.BASELINE, table.path(), "The database was baselined at "
                    + base.label() + (base.installedOn() == null ? "" : " on " + DATE.format(base.installedOn()))
                    + (below.isEmpty() ? "." : ": " + below.size() + (below.size() == 1 ? " migration" : " migrations")
                    + " below it (" + range(below) + ") never ran here, and the schema they create is assumed to"
                    + " exist."))
                    .withProperty(base.version()));
        }
        for (ValidationError error : status.validationErrors()) {
            if (covered.contains(key(error.version(), error.description())) || covered.contains(key(error.version(),
                    null)) || !reported(error)) {
                continue;
            }
            String who = error.version() != null ? "V" + error.version() + " \"" + error.description() + "\""
                    : "\"" + error.description() + "\"";
            findings.add(Finding.of(FlywayCodes.VALIDATION, table.path(), "Flyway's validate rejects " + who
                    + (error.script().isEmpty() ? "" : " (" + error.script() + ")") + ": "
                    + Flyways.firstLine(error.message()) + " [" + error.code() + "].")
                    .withProperty(error.version())
                    .withFix(Fix.action("Restore what changed since it ran, or run " + command(style, "repair")
                            + " to record the code's version of it.")));
        }
        return findings;
    }

    private static boolean reported(ValidationError error) {
        // Pending migrations are reported as pending; an empty validation result has nothing to add.
        return !error.code().startsWith("RESOLVED_") && !error.code().equals("OUTDATED_REPEATABLE_MIGRATION");
    }

    private static String key(String version, String description) {
        return version != null ? "V" + version : "R" + description;
    }

    private static Finding finding(MigrationEntry m, MigrationStatus status, FixStyle style, String latestInCode,
                                   String current) {
        var path = status.historyTable().path();
        String property = m.isVersioned() ? m.version() : m.description();
        if (m.isChecksumMismatch()) {
            return Finding.of(FlywayCodes.CHECKSUM_MISMATCH, path, m.label() + " was edited after it ran"
                    + (m.installedOn() == null ? "" : " on " + DATE.format(m.installedOn())) + ": its checksum is "
                    + m.resolvedChecksum() + " in the code and " + m.appliedChecksum() + " in the database.")
                    .withProperty(property)
                    .withFix(Fix.action("Revert the edit to " + scriptOr(m) + " and make the change in a new"
                            + " migration; if the edit changes nothing a database sees (a comment), run "
                            + command(style, "repair") + " to store the new checksum."));
        }
        switch (m.state()) {
            case PENDING:
            case OUTDATED:
                String why = m.state() == MigrationState.OUTDATED ? " changed since it last ran and will run again"
                        : m.isVersioned() ? " is not applied" : " has not run yet";
                return Finding.of(FlywayCodes.PENDING, path, m.label() + why
                        + (current == null ? "" : " (the database is at V" + current + ")") + ".")
                        .withProperty(property)
                        .withFix(style == FixStyle.API
                                ? Fix.action("Apply it with the application's Flyway: flyway.migrate() (or"
                                + " 'drift migrations apply').")
                                : Fix.command("flyway migrate"));
            case FAILED:
            case MISSING_FAILED:
            case FUTURE_FAILED:
                return Finding.of(FlywayCodes.FAILED, path, m.label() + " failed"
                        + (m.installedOn() == null ? "" : " on " + DATE.format(m.installedOn()))
                        + ": the schema may be half-changed, and Flyway will not migrate further.")
                        .withProperty(property)
                        .withFix(Fix.action("Undo or finish by hand what the failed migration changed, fix the"
                                + " script, run " + command(style, "repair") + " to remove the failed entry, then"
                                + " migrate again."));
            case MISSING_SUCCESS:
                return Finding.of(FlywayCodes.MISSING, path, m.label() + " was applied"
                        + (m.installedOn() == null ? "" : " on " + DATE.format(m.installedOn()))
                        + " but is not in the code any more.")
                        .withProperty(property)
                        .withFix(Fix.action("Restore " + scriptOr(m) + " to the migrations; if it was removed on"
                                + " purpose, run " + command(style, "repair") + " to mark it deleted."));
            case FUTURE_SUCCESS:
                return Finding.of(FlywayCodes.AHEAD, path, "The database has " + m.label()
                        + ", newer than any migration in the code"
                        + (latestInCode == null ? "" : " (the newest is V" + latestInCode + ")")
                        + ": the code running against it is older than the database.")
                        .withProperty(property)
                        .withFix(Fix.action("Deploy the code that holds V" + m.version() + ", or make sure this"
                                + " code works with the newer schema."));
            case OUT_OF_ORDER:
                return Finding.of(FlywayCodes.OUT_OF_ORDER, path, m.label() + " was applied out of order, after a"
                        + " higher version.")
                        .withProperty(property);
            case IGNORED:
                return Finding.of(FlywayCodes.IGNORED, path, m.label() + " is in the code but was never applied,"
                        + " and it is older than the latest applied migration"
                        + (current == null ? "" : " (V" + current + ")") + ": migrate skips it.")
                        .withProperty(property)
                        .withFix(Fix.action("Apply it out of order (" + command(style, "migrate -outOfOrder=true")
                                + "), or give it a version above V" + current + "."));
            default:
                return null;
        }
    }

    private static String scriptOr(MigrationEntry m) {
        return m.script().isEmpty() ? m.shortName() : m.script();
    }

    private static String command(FixStyle style, String command) {
        if (style == FixStyle.API) {
            int space = command.indexOf(' ');
            String verb = space < 0 ? command : command.substring(0, space);
            return "flyway." + verb + "()" + (space < 0 ? "" : " with " + command.substring(space + 1).replace("-", ""));
        }
        return "flyway " + command;
    }

    private static String range(List<MigrationEntry> entries) {
        List<String> names = entries.stream().map(MigrationEntry::shortName).collect(Collectors.toList());
        if (names.size() <= 3) {
            return String.join(", ", names);
        }
        return names.get(0) + " to " + names.get(names.size() - 1);
    }
}
