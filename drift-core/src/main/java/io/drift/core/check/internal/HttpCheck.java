package io.drift.core.check.internal;

import io.drift.core.check.Check;
import io.drift.core.check.CheckContext;
import io.drift.core.check.CheckOptions;
import io.drift.core.check.Finding;
import io.drift.core.check.FindingCode;
import io.drift.core.check.Fix;
import io.drift.core.check.Outcome;
import io.drift.core.diff.Severity;
import io.drift.core.internal.Durations;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A URL answers within a timeout with one of the expected statuses: for the deploy-time run that shell scripts do with
 * curl ({@code 200}, or {@code 401} for an endpoint behind authentication). Off unless configured; needs no database.
 */
public final class HttpCheck implements Check {

    /** The check's id. */
    public static final String ID = "http";

    /** The URL answered with a status that is not expected. */
    public static final FindingCode STATUS = new FindingCode("DRIFT-HTTP-STATUS", Severity.ERROR,
            "Unexpected HTTP status",
            "The URL answered, but with a status the configuration does not expect (a 500 from a failing"
                    + " application, a 404 from a wrong route or a proxy without the service behind it). Look at the"
                    + " service's logs; if the status is right, add it to expect.");
    /** The URL could not be reached. */
    public static final FindingCode UNREACHABLE = new FindingCode("DRIFT-HTTP-UNREACHABLE", Severity.ERROR,
            "URL unreachable",
            "No connection could be made: the host name does not resolve, nothing listens on the port, or a firewall"
                    + " refuses it. Check that the service is running and the URL is right.");
    /** No answer within the timeout. */
    public static final FindingCode TIMEOUT = new FindingCode("DRIFT-HTTP-TIMEOUT", Severity.ERROR,
            "URL did not answer in time",
            "The connection or the answer took longer than the timeout: the service is overloaded, starting, or"
                    + " stuck. Check its health; raise timeout only if it is known to be slow.");

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Each configured URL answers within the timeout with an expected HTTP status.";
    }

    @Override
    public List<FindingCode> codes() {
        return List.of(STATUS, UNREACHABLE, TIMEOUT);
    }

    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public boolean needsDatabase() {
        return false;
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("url", "expect", "timeout", "method", "follow-redirects");
    }

    private record Settings(List<URI> urls, Set<Integer> expect, Duration timeout, String method,
                            boolean followRedirects) {
    }

    private static Settings settings(CheckOptions options) {
        List<URI> urls = new ArrayList<>();
        for (String text : options.strings("url")) {
            URI uri;
            try {
                uri = new URI(text.strip());
            } catch (URISyntaxException e) {
                throw options.invalid("url", "'" + redact(text) + "' is not a URL (" + e.getReason() + ").");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw options.invalid("url", "'" + redact(text) + "' is not an http:// or https:// URL with a host.");
            }
            urls.add(uri);
        }
        Set<Integer> expect = new LinkedHashSet<>();
        for (String text : options.strings("expect")) {
            int status;
            try {
                status = Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                status = -1;
            }
            if (status < 100 || status > 599) {
                throw options.invalid("expect", "'" + text + "' is not an HTTP status (100 to 599, such as 200 or"
                        + " 401).");
            }
            expect.add(status);
        }
        if (expect.isEmpty()) {
            expect.add(200);
        }
        Duration timeout = options.duration("timeout", DEFAULT_TIMEOUT);
        String method = options.string("method", "GET").toUpperCase(Locale.ROOT);
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw options.invalid("method", "'" + options.string("method", "") + "' is not GET or HEAD.");
        }
        boolean follow = options.bool("follow-redirects", false);
        return new Settings(List.copyOf(urls), Set.copyOf(expect), timeout, method, follow);
    }

    @Override
    public void validate(CheckOptions options) {
        settings(options);
    }

    @Override
    public Outcome run(CheckContext context) throws Exception {
        Settings s = settings(context.options());
        if (s.urls().isEmpty()) {
            return Outcome.skipped("No URL to probe: set checks.http.url in drift.yaml.");
        }
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(s.timeout())
                .followRedirects(s.followRedirects() ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
                .build();
        List<Finding> findings = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (URI uri : s.urls()) {
            String shown = redact(uri.toString());
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(s.timeout())
                    .method(s.method(), HttpRequest.BodyPublishers.noBody())
                    .header("User-Agent", "drift")
                    .build();
            long start = System.nanoTime();
            try {
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                int status = response.statusCode();
                answers.add(shown + " " + status + " in " + Durations.format(took));
                if (!s.expect().contains(status)) {
                    findings.add(Finding.of(STATUS, null, s.method() + " " + shown + " answered " + status
                            + ", expected " + expected(s.expect()) + ".")
                            .withFix(Fix.action("Check the service behind " + shown + " and its logs.")));
                }
            } catch (HttpTimeoutException e) {
                findings.add(Finding.of(TIMEOUT, null, s.method() + " " + shown + " did not answer within "
                        + Durations.format(s.timeout()) + ".")
                        .withFix(Fix.action("Check that the service is up and not overloaded.")));
            } catch (ConnectException | UnresolvedAddressException e) {
                findings.add(unreachable(s, shown, e));
            } catch (IOException e) {
                if (e.getCause() instanceof UnresolvedAddressException || e.getCause() instanceof ConnectException) {
                    findings.add(unreachable(s, shown, e));
                } else {
                    findings.add(Finding.of(UNREACHABLE, null, s.method() + " " + shown + " failed ("
                            + describe(e) + ").")
                            .withFix(Fix.action("Check the URL, the service and any proxy or TLS setting.")));
                }
            }
        }
        String summary = String.join("; ", answers);
        if (summary.isEmpty()) {
            summary = s.urls().size() == 1 ? "No answer" : "No URL answered";
        }
        return Outcome.of(summary, findings);
    }

    private static Finding unreachable(Settings s, String shown, Exception e) {
        return Finding.of(UNREACHABLE, null, s.method() + " " + shown + " could not connect (" + describe(e) + ").")
                .withFix(Fix.action("Check that the service is running and the host and port are right."));
    }

    private static String describe(Exception e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        String message = t.getMessage();
        if (t instanceof UnresolvedAddressException) {
            return "the host name does not resolve";
        }
        return message == null ? t.getClass().getSimpleName() : message;
    }

    private static String expected(Set<Integer> statuses) {
        List<String> list = statuses.stream().sorted().map(String::valueOf).toList();
        return list.size() == 1 ? list.get(0) : String.join(" or ", list);
    }

    /** The URL without credentials and without the query's values, which may carry tokens. */
    static String redact(String text) {
        String t = text.strip();
        int scheme = t.indexOf("://");
        if (scheme > 0) {
            int hostStart = scheme + 3;
            int slash = t.indexOf('/', hostStart);
            int at = t.lastIndexOf('@', slash < 0 ? t.length() : slash);
            if (at >= hostStart) {
                t = t.substring(0, hostStart) + t.substring(at + 1);
            }
        }
        int query = t.indexOf('?');
        if (query >= 0) {
            int fragment = t.indexOf('#', query);
            String q = fragment < 0 ? t.substring(query + 1) : t.substring(query + 1, fragment);
            StringBuilder out = new StringBuilder(t.substring(0, query + 1));
            String sep = "";
            for (String pair : q.split("&", -1)) {
                int eq = pair.indexOf('=');
                out.append(sep).append(eq < 0 ? pair : pair.substring(0, eq) + "=…");
                sep = "&";
            }
            t = out.toString();
        }
        return t;
    }

    @Override
    public String toString() {
        return ID;
    }
}
