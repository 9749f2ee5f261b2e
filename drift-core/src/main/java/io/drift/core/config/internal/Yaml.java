package io.drift.core.config.internal;

import io.drift.core.DriftException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree whose every node knows where it was written. Jackson's YAML parser gives the tokens and
 * their locations; a tree of plain Java values would lose the locations an error message must name.
 */
public final class Yaml {

    private Yaml() {
    }

    /** Where a node was written. */
    public record Location(String file, int line, int column) {
        @Override
        public String toString() {
            return file + ", line " + line + ", column " + column;
        }
    }

    /** A node of the tree. */
    public sealed interface Node permits MapNode, ListNode, Scalar {
        Location location();

        /** @return what the node is, for "must be X, not Y" messages */
        String describe();
    }

    /** A key of a map, with where the key was written, and its value. */
    public record Entry(String key, Location keyLocation, Node value) {
    }

    /** A map, keys in the order written. */
    public record MapNode(Map<String, Entry> entries, Location location) implements Node {
        @Override
        public String describe() {
            return "a section";
        }
    }

    /** A list. */
    public record ListNode(List<Node> items, Location location) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A string, number, boolean, or {@code null} for an empty value. */
    public record Scalar(Object value, Location location) implements Node {
        @Override
        public String describe() {
            if (value == null) {
                return "an empty value";
            }
            if (value instanceof String) {
                return "'" + value + "'";
            }
            return value.toString();
        }
    }

    /**
     * @param in   the document
     * @param file its name, for locations
     * @return the root, an empty map for an empty document
     * @throws DriftException with {@link DriftException.Reason#INVALID_CONFIG} for a syntax error, a duplicated key or
     *                        more than one document
     * @throws IOException    when reading fails
     */
    public static MapNode parse(Reader in, String file) throws IOException {
        YAMLFactory factory = YAMLFactory.builder().build();
        try (JsonParser parser = factory.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new MapNode(Map.of(), new Location(file, 1, 1));
            }
            Node root = read(parser, file);
            if (parser.nextToken() != null) {
                throw error(location(parser, file), "A second YAML document starts here. Keep one document (no"
                        + " '---' between two).");
            }
            if (root instanceof Scalar && ((Scalar) root).value() == null) {
                return new MapNode(Map.of(), root.location());
            }
            if (!(root instanceof MapNode)) {
                throw error(root.location(), "The file must be a section of keys (baseline: …, checks: …), not "
                        + root.describe() + ".");
            }
            return (MapNode) root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Location where = at == null ? new Location(file, 1, 1)
                    : new Location(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            String message = e.getOriginalMessage() == null ? "a syntax error"
                    : e.getOriginalMessage().lines().findFirst().orElse("a syntax error").strip();
            throw error(where, "Not valid YAML (" + trimPeriod(message) + "). Check the indentation, and quote"
                    + " values that contain ': ' or start with a special character.");
        }
    }

    private static Node read(JsonParser p, String file) throws IOException {
        Location at = location(p, file);
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = location(p, file);
                    p.nextToken();
                    Node value = read(p, file);
                    Entry previous = entries.put(key, new Entry(key, keyAt, value));
                    if (previous != null) {
                        throw error(keyAt, "The key '" + key + "' is written twice (first at line "
                                + previous.keyLocation().line() + "). Keep one.");
                    }
                }
                return new MapNode(Collections.unmodifiableMap(entries), at);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, file));
                }
                return new ListNode(List.copyOf(items), at);
            }
            case VALUE_STRING:
                return new Scalar(p.getText(), at);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Scalar(p.getNumberValue(), at);
            case VALUE_TRUE:
                return new Scalar(Boolean.TRUE, at);
            case VALUE_FALSE:
                return new Scalar(Boolean.FALSE, at);
            case VALUE_NULL:
                return new Scalar(null, at);
            default:
                throw error(at, "Unexpected YAML content (" + token + ").");
        }
    }

    private static Location location(JsonParser p, String file) {
        JsonLocation at = p.currentTokenLocation();
        return new Location(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    /**
     * @param where   the place
     * @param problem what is wrong there and how to fix it, in sentences
     * @return an {@link DriftException.Reason#INVALID_CONFIG} error naming the place
     */
    public static DriftException error(Location where, String problem) {
        return new DriftException(DriftException.Reason.INVALID_CONFIG, where + ": " + problem);
    }

    private static String trimPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
