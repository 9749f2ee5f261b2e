package io.drift.core.check;

import static java.util.Objects.requireNonNull;

import io.drift.core.check.internal.CoreCheckProvider;
import io.drift.core.check.internal.HttpCheck;
import io.drift.core.check.internal.RequiredObjectsCheck;
import io.drift.core.check.internal.SchemaDriftCheck;
import io.drift.core.spi.ExpectedSchemaSource;

import java.util.List;

/**
 * Drift's generic checks, for a runner or a startup guard configured in code. The same checks are found on the class
 * path (drift-core lists them for {@link CheckRunner.Builder#discover(ClassLoader)}) and configured by
 * {@code drift.yaml}; a check given here replaces the discovered one with its id, and still receives the options
 * of that id.
 *
 * <pre>{@code
 * CheckReport report = Drift.guard(dataSource)
 *         .checks(Checks.requiredObjects("public.users", "public.security_detections", "public.users.email"),
 *                 Checks.schemaDrift(SnapshotFiles.source(Path.of("schema/baseline.json"))))
 *         .build()
 *         .run();
 * }</pre>
 *
 * <p>The checks and every code they emit are described in {@code docs/checks.md}.
 *
 * @since 0.1.0
 */
public final class Checks {

    private Checks() {
    }

    /**
     * @param paths the objects the application needs: {@code public.users} a table or view,
     *              {@code public.users.email} a column, {@code public.users/users_pkey} an index or constraint
     *              (a name with dots or quotes is double-quoted: {@code public."my.table"})
     * @return the {@code required-objects} check, which also requires what its options list
     * @throws io.drift.core.DriftException with {@link io.drift.core.DriftException.Reason#INVALID_ARGUMENT} for a
     *                                      path that cannot name such an object
     */
    public static Check requiredObjects(String... paths) {
        return new RequiredObjectsCheck(List.of(paths), null);
    }

    /**
     * @param expected the expected schema: a baseline ({@code SnapshotFiles.source(path)}) or a reference database
     * @return the {@code schema-drift} check against it, with the diff options its options say
     */
    public static Check schemaDrift(ExpectedSchemaSource expected) {
        return new SchemaDriftCheck(requireNonNull(expected, "expected"));
    }

    /**
     * @return the {@code http} check, which probes the URLs its options name ({@code url}, {@code expect},
     *         {@code timeout}); it is off by default, so enable it or name it in {@code only}
     */
    public static Check http() {
        return new HttpCheck();
    }

    /**
     * @return the generic checks as the class path provides them: {@code required-objects}, {@code schema-drift},
     *         {@code http}, each configured by its options alone
     */
    public static List<Check> generic() {
        return new CoreCheckProvider().checks();
    }
}
