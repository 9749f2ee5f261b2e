package io.drift.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

/**
 * Every code example in the documentation compiles, so that none describes an API that does not exist.
 *
 * <ul>
 *     <li><b>Javadoc.</b> Each {@code <pre>{@code …}</pre>} block in the main sources of every module of the build is
 *     compiled as the body of a method, in the package of the file it comes from, after {@link #IMPORTS} and with the
 *     variables a reader would have at hand ({@link #PREAMBLE}: {@code dataSource}, {@code snapshot}, {@code diff},
 *     {@code report}, {@code baseline}, …) as fields that the example may redeclare; the {@code import} lines an
 *     example opens with join {@link #IMPORTS}. A block that is not Java says
 *     its language, which leaves it out: {@code <pre class="language-yaml">{@code …}</pre>}.</li>
 *     <li><b>README.</b> Each {@code ```java} block of the README and of {@code docs/} is a copy of a region of compiled
 *     code: the lines between two {@code // [name]} markers in the examples module or in a module's tests (such as
 *     drift-jpa's {@code JpaReadmeExamplesIT}), which run them against a real PostgreSQL.</li>
 * </ul>
 */
class DocumentationSnippetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static final String IMPORTS = String.join("\n",
            "import io.drift.core.*;",
            "import io.drift.core.check.*;",
            "import io.drift.core.diff.*;",
            "import io.drift.core.model.*;",
            "import io.drift.core.report.*;",
            "import io.drift.core.snapshot.*;",
            "import io.drift.core.spi.*;",
            "import io.drift.postgres.*;",
            "import io.drift.reporting.*;",
            "import io.drift.cli.*;",
            "import io.drift.core.config.*;",
            "import io.drift.jpa.*;",
            "import io.drift.flyway.*;",
            "import org.flywaydb.core.api.configuration.Configuration;",
            "import io.drift.test.assertj.*;",
            "import io.drift.test.junit5.*;",
            "import io.drift.test.postgres.*;",
            // drift-test's examples are test code, which reads assertThat as DriftAssertions' (as its Javadoc says).
            "import static io.drift.test.assertj.DriftAssertions.assertThat;",
            "import org.junit.jupiter.api.Test;",
            "import org.junit.jupiter.api.extension.ExtendWith;",
            "import java.io.*;",
            "import java.nio.file.*;",
            "import java.sql.*;",
            "import java.time.*;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.Optional;",
            "import java.util.Set;",
            "import javax.sql.DataSource;");

    /** What a reader of an example is assumed to hold already. */
    static final String PREAMBLE = String.join("\n",
            "DataSource dataSource;",
            "jakarta.persistence.EntityManagerFactory entityManagerFactory;",
            "org.flywaydb.core.Flyway flyway;",
            "Connection connection;",
            "DatabaseInfo info;",
            "String url;",
            "String user;",
            "String password;",
            "String secret;",
            "Snapshot snapshot;",
            "Snapshot expected;",
            "Snapshot actual;",
            "SchemaDiff diff;",
            "DiffOptions diffOptions;",
            "CaptureOptions captureOptions;",
            "CheckReport report;",
            "CheckRunner runner;",
            "CheckContext context;",
            "Check check;",
            "List<Check> checks;",
            "FindingCode code;",
            "ReportRenderer renderer;",
            "org.slf4j.Logger log;",
            "Path baseline;",
            "Path file;",
            "Writer out;",
            "TestDatabase db;",
            "ObjectPath path;");

    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
    private static final Pattern CODE_BLOCK = Pattern.compile("<pre>\\{@code\\n(.*?)}</pre>", Pattern.DOTALL);
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern MARKER = Pattern.compile("^\\s*// \\[([a-z0-9-]+)]\\s*$");

    /** A documentation example: where it is, and its code. */
    record Snippet(Path file, int line, String packageName, String code) {
        String where() {
            return ROOT.relativize(file) + ":" + line;
        }
    }

    @Test
    void every_javadoc_example_of_every_module_compiles() throws IOException {
        List<Snippet> snippets = javadocSnippets();
        assertThat(snippets).as("Javadoc examples found").hasSizeGreaterThan(20);

        Map<String, String> failures = compile(snippets);

        assertThat(failures).as("Javadoc examples that do not compile (file:line → javac's errors)").isEmpty();
    }

    @Test
    void the_compiler_check_catches_an_example_that_does_not_compile() {
        Snippet good = new Snippet(ROOT.resolve("Good.java"), 1, "io.drift.core",
                "Snapshot s = Drift.capture(dataSource, CaptureOptions.defaults());\n");
        Snippet bad = new Snippet(ROOT.resolve("Bad.java"), 7, "io.drift.core",
                "Snapshot s = Drift.snapshotter(dataSource).capture();\n");

        Map<String, String> failures = compile(List.of(good, bad));

        assertThat(failures).containsOnlyKeys("Bad.java:7");
        assertThat(failures.get("Bad.java:7")).contains("snapshotter");
    }

    @Test
    void an_example_may_open_with_its_imports_and_errors_keep_its_line_numbers() {
        Snippet imports = new Snippet(ROOT.resolve("Imports.java"), 3, "io.drift.core",
                "import static java.util.Objects.requireNonNull;\nimport java.util.UUID;\n\n"
                        + "UUID id = requireNonNull(UUID.randomUUID());\n");
        Snippet wrongLine = new Snippet(ROOT.resolve("Wrong.java"), 5, "io.drift.core",
                "import java.util.UUID;\n\nUUID id = UUID.nothing();\n");

        Map<String, String> failures = compile(List.of(imports, wrongLine));

        assertThat(failures).containsOnlyKeys("Wrong.java:5");
        assertThat(failures.get("Wrong.java:5")).contains("nothing").contains("(snippet line 3)");
    }

    @Test
    void every_java_block_of_the_readme_and_docs_is_a_region_of_compiled_example_code() throws IOException {
        Map<String, String> regions = exampleRegions();
        assertThat(regions).containsKeys("baseline", "startup");
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        List<String> unbacked = new ArrayList<>();
        int blocks = 0;
        for (Path document : documents) {
            List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).strip().equals("```java")) {
                    continue;
                }
                int start = i + 1;
                StringBuilder block = new StringBuilder();
                for (i = start; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                    block.append(lines.get(i)).append('\n');
                }
                blocks++;
                String code = normalize(block.toString());
                if (!regions.containsValue(code)) {
                    unbacked.add(ROOT.relativize(document) + ":" + start + " is not a copy of any // [name] region of"
                            + " the examples module or of a module's tests (regions: " + regions.keySet() + "):\n" + code);
                }
            }
        }
        assertThat(blocks).as("```java blocks in the README").isGreaterThanOrEqualTo(2);
        assertThat(unbacked).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------------

    static List<Snippet> javadocSnippets() throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        for (String module : modules()) {
            Path sources = ROOT.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(sources)) {
                files = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
            }
            for (Path file : files) {
                snippets.addAll(snippets(file, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return snippets;
    }

    /** The modules of the default build, from the root pom (profiles' modules, such as the benchmarks, left out). */
    static List<String> modules() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        String modules = pom.substring(pom.indexOf("<modules>"), pom.indexOf("</modules>"));
        List<String> names = new ArrayList<>();
        Matcher m = MODULE.matcher(modules);
        while (m.find()) {
            names.add(m.group(1).trim());
        }
        return names;
    }

    static List<Snippet> snippets(Path file, String source) {
        Matcher pkg = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE).matcher(source);
        String packageName = pkg.find() ? pkg.group(1) : "";
        List<Snippet> snippets = new ArrayList<>();
        Matcher doc = JAVADOC.matcher(source);
        while (doc.find()) {
            int docLine = lineOf(source, doc.start());
            String text = doc.group(1).lines()
                    .map(l -> l.replaceFirst("^\\s*\\* ?", ""))
                    .collect(Collectors.joining("\n"));
            Matcher block = CODE_BLOCK.matcher(text);
            while (block.find()) {
                snippets.add(new Snippet(file, docLine + lineOf(text, block.start()), packageName, block.group(1)));
            }
        }
        return snippets;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Compiles every snippet in one javac run, each as the body of a method of its own class.
     *
     * @return each snippet that failed ({@link Snippet#where()}) and javac's messages
     */
    static Map<String, String> compile(List<Snippet> snippets) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler (the tests run on a JDK, not a JRE)").isNotNull();
        Map<JavaFileObject, Snippet> sources = new IdentityHashMap<>();
        List<JavaFileObject> units = new ArrayList<>();
        int n = 0;
        for (Snippet snippet : snippets) {
            String className = "DocSnippet" + n++;
            // An example may open with the imports a reader needs (import static …assertThat): they go with the
            // others, on one line, and leave blank lines behind, so that javac's line numbers stay the snippet's.
            StringBuilder imports = new StringBuilder();
            String body = snippet.code().lines().map(line -> {
                if (line.startsWith("import ") && line.strip().endsWith(";")) {
                    imports.append(' ').append(line.strip());
                    return "";
                }
                return line;
            }).collect(Collectors.joining("\n"));
            String code = (snippet.packageName().isEmpty() ? "" : "package " + snippet.packageName() + ";\n")
                    + IMPORTS + imports + "\n"
                    + "@SuppressWarnings(\"all\")\n"
                    + "abstract class " + className + " {\n"
                    + PREAMBLE + "\n"
                    + "void example() throws Exception {\n"
                    + body + "\n"
                    + "}\n}\n";
            JavaFileObject unit = new SimpleJavaFileObject(
                    URI.create("string:///" + snippet.packageName().replace('.', '/') + "/" + className + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return code;
                }
            };
            sources.put(unit, snippet);
            units.add(unit);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path output;
        try {
            output = Files.createTempDirectory("doc-snippets");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            javac.getTask(new StringWriter(), files, diagnostics,
                    List.of("-proc:none", "-classpath", classPath, "-d", output.toString(), "--release", "17"),
                    null, units).call();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            deleteQuietly(output);
        }
        Map<String, String> failures = new LinkedHashMap<>();
        sources.forEach((unit, snippet) -> failures.put(snippet.where(), null));
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            Snippet snippet = sources.get(d.getSource());
            String where = snippet == null ? "(no source)" : snippet.where();
            String message = d.getMessage(Locale.ROOT).lines().map(String::strip).collect(Collectors.joining(" "))
                    + (snippet == null ? "" : " (snippet line " + (d.getLineNumber() - SNIPPET_OFFSET) + ")");
            failures.merge(where, message, (a, b) -> a == null ? b : a.contains(b) ? a : a + "; " + b);
        }
        failures.values().removeIf(java.util.Objects::isNull);
        return failures;
    }

    /** The wrapper's lines before the snippet's first: the package, imports, class, preamble and method lines. */
    private static final long SNIPPET_OFFSET = 1 + IMPORTS.lines().count() + 2 + PREAMBLE.lines().count() + 1;

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is not worth failing for.
        }
    }

    /**
     * The {@code // [name]} regions of the examples module's sources and of every module's tests, their common
     * indentation removed.
     */
    static Map<String, String> exampleRegions() throws IOException {
        Map<String, String> regions = new LinkedHashMap<>();
        List<Path> files;
        List<Path> roots = new ArrayList<>(List.of(ROOT.resolve("examples/src")));
        try (Stream<Path> modules = Files.list(ROOT)) {
            modules.map(m -> m.resolve("src/test/java")).filter(Files::isDirectory).forEach(roots::add);
        }
        files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        files = files.stream().distinct().sorted().collect(Collectors.toList());
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String open = null;
            StringBuilder region = new StringBuilder();
            for (String line : lines) {
                Matcher m = MARKER.matcher(line);
                if (!m.matches()) {
                    if (open != null) {
                        region.append(line).append('\n');
                    }
                } else if (open == null) {
                    open = m.group(1);
                    region.setLength(0);
                } else {
                    assertThat(m.group(1)).as("region markers in " + file).isEqualTo(open);
                    assertThat(regions.put(open, normalize(region.toString()))).as("region [" + open + "] twice")
                            .isNull();
                    open = null;
                }
            }
            assertThat(open).as("an unclosed region in " + file).isNull();
        }
        return regions;
    }

    /** Removes the common indentation and trailing white space, so that a block compares with a region. */
    static String normalize(String code) {
        List<String> lines = code.stripTrailing().lines().map(String::stripTrailing).collect(Collectors.toList());
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"));
    }
}
