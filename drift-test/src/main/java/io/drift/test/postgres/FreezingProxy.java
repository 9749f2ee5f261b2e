package io.drift.test.postgres;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy in front of a PostgreSQL server that forwards faithfully until the client sends a given text (a query
 * that a capture sends, say), and from then on forwards nothing in either direction while keeping every connection
 * open: to the client the server looks frozen, as a hung host, a network partition or a stopped backend would make
 * it. For testing that code which talks to a server gives up on one that stops answering; and, with {@link #thaw()},
 * for doing something else (DDL in another session) at an exact point of a conversation, then letting it go on.
 *
 * <pre>{@code
 * try (FreezingProxy proxy = FreezingProxy.freezingOn(db.jdbcUrl(), "pg_export_snapshot")) {
 *     Drift.capture(PostgresConnections.dataSource(proxy.jdbcUrl(db.jdbcUrl()), user, password), captureOptions);
 * }
 * }</pre>
 *
 * <p>The trigger fires once: after {@link #thaw()} everything is forwarded, the held message first.
 *
 * @since 0.1.0
 */
public final class FreezingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final byte[] trigger;
    private final CountDownLatch frozen = new CountDownLatch(1);
    private final CountDownLatch thawed = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private FreezingProxy(String targetHost, int targetPort, String trigger) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.trigger = trigger.getBytes(StandardCharsets.UTF_8);
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "freezing-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Starts a proxy on a free port of the loopback interface.
     *
     * @param jdbcUrl the server's URL, {@code jdbc:postgresql://host:port/database}
     * @param trigger the text (UTF-8) after which nothing more is forwarded, the message holding it included
     * @return the running proxy
     */
    public static FreezingProxy freezingOn(String jdbcUrl, String trigger) {
        requireNonNull(jdbcUrl, "jdbcUrl");
        requireNonNull(trigger, "trigger");
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        try {
            return new FreezingProxy(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), trigger);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the proxy", e);
        }
    }

    /** @return the port the proxy listens on */
    public int port() {
        return listener.getLocalPort();
    }

    /**
     * @param jdbcUrl the server's URL
     * @return the same URL with the proxy's address instead of the server's
     */
    public String jdbcUrl(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String rest = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return "jdbc:postgresql://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port() + rest;
    }

    /** @return whether the trigger was seen (or {@link #freeze()} called) and the proxy stopped forwarding */
    public boolean isFrozen() {
        return frozen.getCount() == 0 && thawed.getCount() > 0;
    }

    /** @return whether the proxy froze at some point, thawed since or not */
    public boolean hasFrozen() {
        return frozen.getCount() == 0;
    }

    /** Stops forwarding now, as if the trigger had been seen. */
    public void freeze() {
        frozen.countDown();
    }

    /** Forwards again, what was held back first; the trigger does not fire again. */
    public void thaw() {
        frozen.countDown();
        thawed.countDown();
    }

    /** Closes the listener and every connection. */
    @Override
    public void close() {
        closed.countDown();
        frozen.countDown();
        thawed.countDown();
        closeQuietly(listener);
        sockets.forEach(FreezingProxy::closeQuietly);
    }

    private void accept() {
        while (closed.getCount() > 0) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(new InetSocketAddress(targetHost, targetPort), 10_000);
                sockets.add(client);
                sockets.add(server);
                pump(client, server, true);
                pump(server, client, false);
            } catch (IOException e) {
                if (closed.getCount() > 0) {
                    continue;   // one failed connection; keep serving the others
                }
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean watch) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            byte[] window = new byte[0];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (watch && !hasFrozen()) {
                        window = tail(window, buffer, n);
                        if (indexOf(window, trigger) >= 0) {
                            freeze();
                        }
                    }
                    if (hasFrozen()) {
                        thawed.await();     // hold the connection open, forwarding nothing, until thawed or closed
                        if (closed.getCount() == 0) {
                            return;
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side went away
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "freezing-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    /** @return the last bytes read, enough for a trigger split over two reads */
    private byte[] tail(byte[] window, byte[] buffer, int n) {
        int keep = Math.min(window.length, trigger.length);
        byte[] joined = new byte[keep + n];
        System.arraycopy(window, window.length - keep, joined, 0, keep);
        System.arraycopy(buffer, 0, joined, keep, n);
        return joined;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing
        }
    }

    /**
     * Waits for the proxy to freeze.
     *
     * @param timeout how long, in seconds
     * @return whether it froze in time
     * @throws InterruptedException when interrupted
     */
    public boolean awaitFrozen(long timeout) throws InterruptedException {
        return frozen.await(timeout, TimeUnit.SECONDS);
    }
}
