package io.drift.flyway.internal;

import io.drift.core.DriftException;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code flyway.toml} into Flyway's property names, as its command line would configure it: the {@code [flyway]}
 * table ({@code flyway.locations}, {@code flyway.placeholders.name}), and the chosen environment's connection settings
 * and {@code [environments.NAME.flyway]} overrides. Values may use {@code ${env.NAME}}.
 */
final class TomlConfig {

    private static final Pattern ENV = Pattern.compile("\\$\\{env\\.([A-Za-z_][A-Za-z0-9_]*)}");

    private TomlConfig() {
    }

    /**
     * @param file the file
     * @return its content, an object
     */
    static JsonNode parse(Path file) {
        JsonNode root;
        try {
            root = new TomlMapper().readTree(file.toFile());
        } catch (JacksonException e) {
            throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Flyway's configuration file " + file
                    + " is not valid TOML: " + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ").", e);
        } catch (IOException e) {
            throw new DriftException(DriftException.Reason.IO, "Cannot read Flyway's configuration file " + file
                    + " (" + e.getMessage() + ").", e);
        }
        return root == null || !root.isObject() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .objectNode() : root;
    }

    /** @return the environment the file chooses ({@code [flyway] environment}), or {@code null} */
    static String environmentName(JsonNode root) {
        JsonNode name = root.path("flyway").path("environment");
        return name.isValueNode() ? name.asText() : null;
    }

    /**
     * @param file        the file, for messages
     * @param root        its content
     * @param chosen      the environment chosen by every source together
     * @param environment the environment variables, for {@code ${env.NAME}}
     * @param into        Flyway properties so far, added to (a later file wins)
     */
    static void read(Path file, JsonNode root, String chosen, Map<String, String> environment,
                     Map<String, String> into) {
        JsonNode flyway = root.path("flyway");
        if (flyway.isObject()) {
            flatten("flyway", flyway, file, environment, into);
        }
        JsonNode env = root.path("environments").path(chosen);
        if (env.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = env.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("resolvers") || field.getKey().equals("provisioner")) {
                    continue;   // Flyway's commercial resolvers: nothing Drift can resolve
                }
                String prefix = field.getKey().equals("flyway") ? "flyway" : "flyway." + field.getKey();
                flatten(prefix, field.getValue(), file, environment, into);
            }
        }
    }

    private static void flatten(String prefix, JsonNode node, Path file, Map<String, String> environment,
                                Map<String, String> into) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix + "." + field.getKey(), field.getValue(), file, environment, into);
            }
        } else if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(v -> values.add(resolve(v.asText(), prefix, file, environment)));
            into.put(prefix, String.join(",", values));
        } else if (!node.isNull()) {
            into.put(prefix, resolve(node.asText(), prefix, file, environment));
        }
    }

    private static String resolve(String value, String key, Path file, Map<String, String> environment) {
        Matcher m = ENV.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = environment.get(m.group(1));
            if (v == null) {
                throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Flyway's configuration file " + file
                        + " sets " + key + " from ${env." + m.group(1) + "}, which is not set. Set it, or remove the"
                        + " setting.");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
