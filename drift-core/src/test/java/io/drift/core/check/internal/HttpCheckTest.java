package io.drift.core.check.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;

import io.drift.core.DriftException;
import io.drift.core.check.CheckOptions;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.Finding;
import io.drift.core.check.Status;
import io.drift.core.config.DriftConfig;
import io.drift.core.diff.Severity;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The http check against a real HTTP server (the JDK's), with no database: it runs even when none is reachable. */
class HttpCheckTest {

    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/private", exchange -> {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        server.createContext("/broken", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private CheckResult run(Map<String, ?> options) {
        CheckReport report = CheckRunner.builder()
                .checks(new HttpCheck())
                .enable("http")
                .options(CheckOptions.of("http", options))
                .build()
                .run(NO_DATABASE);
        assertThat(report.result("connectivity")).as("no database needed").isEmpty();
        return report.result("http").orElseThrow();
    }

    @Test
    void expected_statuses_pass_200_and_401_behind_authentication() {
        CheckResult result = run(Map.of("url", List.of(base + "/health", base + "/private"), "expect",
                List.of(200, 401)));
        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.summary()).contains(base + "/health 200 in", base + "/private 401 in");
    }

    @Test
    void an_unexpected_status_fails() {
        CheckResult result = run(Map.of("url", base + "/broken"));
        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.findings()).extracting(Finding::code, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DRIFT-HTTP-STATUS", "GET " + base + "/broken answered 503,"
                        + " expected 200."));
    }

    @Test
    void no_answer_within_the_timeout_fails() {
        long start = System.nanoTime();
        CheckResult result = run(Map.of("url", base + "/slow", "timeout", "300ms"));
        assertThat(result.findings()).extracting(Finding::code).containsExactly("DRIFT-HTTP-TIMEOUT");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2500);
    }

    @Test
    void nothing_listening_is_unreachable_and_credentials_and_tokens_are_not_shown() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CheckResult result = run(Map.of("url", "http://user:s3cret@127.0.0.1:" + port + "/x?token=abc&v=1"));
        assertThat(result.findings()).extracting(Finding::code).containsExactly("DRIFT-HTTP-UNREACHABLE");
        assertThat(result.findings().get(0).message()).contains("http://127.0.0.1:" + port + "/x?token=…&v=…")
                .doesNotContain("s3cret").doesNotContain("abc");
    }

    @Test
    void off_by_default_and_skipped_without_a_url() {
        CheckRunner runner = CheckRunner.builder().checks(new HttpCheck()).build();
        assertThat(runner.checks()).isEmpty();
        CheckReport report = CheckRunner.builder().checks(new HttpCheck()).only("http").build().run(NO_DATABASE);
        assertThat(report.result("http").orElseThrow().status()).isEqualTo(Status.SKIPPED);
        assertThat(report.exitCode(Severity.WARNING)).isZero();
    }

    @Test
    void bad_options_are_refused_when_the_runner_is_built() {
        assertThatThrownBy(() -> run(Map.of("url", "ftp://example.com/")))
                .isInstanceOf(DriftException.class).hasMessageContaining("not an http:// or https:// URL");
        assertThatThrownBy(() -> run(Map.of("url", base, "expect", List.of(200, "OK"))))
                .hasMessageContaining("'OK' is not an HTTP status");
        assertThatThrownBy(() -> run(Map.of("url", base, "method", "POST"))).hasMessageContaining("not GET or HEAD");
    }

    @Test
    void configured_in_drift_yaml_it_is_on() {
        DriftConfig config = DriftConfig.load("checks:\n  http:\n    url: " + base + "/health\n", "drift.yaml");
        CheckReport report = config.applyTo(CheckRunner.builder().discover(getClass().getClassLoader()))
                .build().run(NO_DATABASE);
        assertThat(report.result("http").orElseThrow().status()).isEqualTo(Status.PASSED);
    }

    /** A data source no check here may touch. */
    private static final DataSource NO_DATABASE = new DataSource() {
        @Override
        public Connection getConnection() {
            throw new AssertionError("the http check needs no database");
        }

        @Override
        public Connection getConnection(String user, String password) {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    };
}
