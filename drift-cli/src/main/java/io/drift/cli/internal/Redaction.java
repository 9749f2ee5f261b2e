package io.drift.cli.internal;

import io.drift.postgres.JdbcUrls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps passwords out of everything the command line prints or writes. Two layers: {@link JdbcUrls#redact}, which masks
 * the password of any URL ({@code ?password=x}, {@code ;password=x}, {@code user:x@host}), and a literal pass that masks
 * every secret this process has seen (a password read from the environment, a prompt or {@code ~/.pgpass}), in case
 * a driver or server message echoes it in some other shape.
 */
public final class Redaction {

    /** What a secret is replaced with. */
    public static final String MASK = "***";

    // Shorter secrets are not masked literally: masking "ab" everywhere would garble every message, and a secret that
    // short is masked by the URL patterns wherever it appears as a password.
    private static final int MIN_LITERAL_LENGTH = 3;

    private final Set<String> secrets = new LinkedHashSet<>();

    /**
     * @param url a JDBC or libpq URL, or any text holding one
     * @return the text with every URL password replaced by {@value #MASK}
     */
    public static String redactUrl(String url) {
        if (url == null) {
            return null;
        }
        return JdbcUrls.redact(url);
    }

    /** @param secret a password this process now knows; masked from then on */
    public synchronized void addSecret(String secret) {
        if (secret != null && secret.length() >= MIN_LITERAL_LENGTH) {
            secrets.add(secret);
        }
    }

    /**
     * @param text anything about to be printed or written
     * @return the text with URL passwords and every known secret masked
     */
    public synchronized String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = redactUrl(text);
        List<String> longestFirst = new ArrayList<>(secrets);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String secret : longestFirst) {
            result = result.replace(secret, MASK);
        }
        return result;
    }
}
