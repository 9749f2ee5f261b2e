package io.drift.core.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A parser plus the JSON path of the value under it ({@code tables[3].columns[1].type}), which every problem names.
 * Codecs read the value whose first token is current and leave the parser on its last token.
 */
final class JsonIn {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** The fix offered for a file that is valid JSON but does not follow the format. */
    static final String CONTENT_FIX = "Capture the snapshot again, or correct the file as docs/snapshot-format.md "
            + "describes";

    final JsonParser parser;
    /**
     * The segments of the current path: a field name as a String, an array index as an Integer. Rendered only when a
     * problem names the path, because rendering every field on the way (a regular expression per field name) was a
     * fifth of all the allocation of reading a large snapshot.
     */
    private final List<Object> path = new ArrayList<>();

    JsonIn(JsonParser parser) {
        this.parser = parser;
    }

    JsonToken token() {
        return parser.currentToken();
    }

    JsonToken next() throws IOException {
        return parser.nextToken();
    }

    JsonLocation location() {
        return parser.currentTokenLocation();
    }

    /** Enters an object field. */
    void pushField(String name) {
        path.add(name);
    }

    /** Enters an array element. */
    void pushIndex(int index) {
        path.add(index);
    }

    void pop() {
        path.remove(path.size() - 1);
    }

    /** @return the current path, {@code ""} at the top */
    String path() {
        return render(segments(path));
    }

    /** @return the path of {@code field} inside the current object */
    String pathOf(String field) {
        List<String> copy = segments(path);
        copy.add(fieldSegment(field));
        return render(copy);
    }

    private static List<String> segments(List<Object> raw) {
        List<String> segments = new ArrayList<>(raw.size() + 1);
        for (Object o : raw) {
            segments.add(o instanceof Integer ? "[" + o + "]" : fieldSegment((String) o));
        }
        return segments;
    }

    /** @return a problem at the current token and path */
    FormatProblem problem(String problem) {
        return new FormatProblem(location(), path(), problem, CONTENT_FIX);
    }

    /** @return a problem at the current token, with a fix of its own */
    FormatProblem problem(String problem, String fix) {
        return new FormatProblem(location(), path(), problem, fix);
    }

    /** @return a problem that says what was expected and what the current token is */
    FormatProblem expected(String what) {
        return problem("expected " + what + ", found " + describe(parser));
    }

    static FormatProblem problemAt(JsonLocation location, String path, String problem) {
        return new FormatProblem(location, path, problem, CONTENT_FIX);
    }

    /** @return the current token in words: {@code a number (42)}, {@code an object} */
    static String describe(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "the end of the input";
        }
        try {
            switch (token) {
                case START_OBJECT:
                    return "an object";
                case START_ARRAY:
                    return "an array";
                case VALUE_STRING:
                    return "a string (" + quote(shorten(parser.getText())) + ")";
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return "a number (" + shorten(parser.getText()) + ")";
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return "a boolean (" + parser.getText() + ")";
                case VALUE_NULL:
                    return "null";
                default:
                    return token.asString() == null ? token.name() : token.asString();
            }
        } catch (IOException e) {
            return token.name();
        }
    }

    /** @return {@code noun} with its indefinite article: {@code a column}, {@code an index} */
    static String a(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /** @return {@code text} in double quotes, for messages */
    static String quote(String text) {
        return "\"" + text + "\"";
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** @return the path of the parser's current position, for syntax errors found by the parser itself */
    static String pathOf(JsonStreamContext context) {
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.add(0, "[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                segments.add(0, fieldSegment(c.getCurrentName()));
            }
        }
        return render(segments);
    }

    private static String fieldSegment(String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return "." + name;
        }
        return "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    private static String render(List<String> segments) {
        String joined = String.join("", segments);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }
}
