package io.drift.reporting.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import io.drift.core.report.ControlCharacters;

import java.io.IOException;
import java.io.Writer;

/** The JSON writing that the {@code json} and {@code sarif} formats share: one layout, one escaping. */
final class Json {

    // Not closing the caller's writer; and not completing the brackets of a document whose rendering failed halfway,
    // which would pass for a whole report with fewer differences than its summary counts.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .build();

    private static final Separators SEPARATORS = Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");

    private static final CharacterEscapes ESCAPES = new SafeEscapes();

    private Json() {
    }

    /** @return a pretty-printing generator on {@code out}, which closing does not close */
    static JsonGenerator generator(Writer out) throws IOException {
        // The pretty printer keeps the nesting depth, so each document gets its own.
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(SEPARATORS);
        printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        JsonGenerator g = FACTORY.createGenerator(out);
        g.setPrettyPrinter(printer);
        g.setCharacterEscapes(ESCAPES);
        return g;
    }

    /**
     * JSON's own escaping covers U+0000–U+001F only. A report gets printed to terminals too, so DEL, the C1 controls
     * (U+009B is a one-character CSI) and the bidirectional overrides are escaped as {@code \}{@code uXXXX} as well;
     * every other character, ASCII or not, is written as itself.
     */
    private static final class SafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        SafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch > 0x7F && ControlCharacters.isUnsafe((char) ch)) {
                return new SerializedString(String.format("\\u%04X", ch));
            }
            return null;
        }
    }
}
