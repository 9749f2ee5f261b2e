package io.drift.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarizes a JFR recording of a snapshot run: the hottest methods (own samples and inclusive), the biggest
 * allocation sites, time blocked reading the socket (waiting for PostgreSQL), GC pauses, and compilation time.
 *
 * <pre>
 * java -XX:StartFlightRecording=filename=snap.jfr,settings=profile -jar drift.jar snapshot --url … --output …
 * java -cp "$(cat drift-benchmarks/target/bench.classpath):drift-benchmarks/target/classes" io.drift.benchmarks.JfrTop snap.jfr
 * </pre>
 */
public final class JfrTop {

    private JfrTop() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: JfrTop FILE.jfr [TOP]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Long> allocByFrame = new HashMap<>();
        Map<String, Long> allocByClass = new HashMap<>();
        int samples = 0;
        Duration socketRead = Duration.ZERO;
        long socketBytes = 0;
        Duration gc = Duration.ZERO;
        int gcs = 0;
        Duration compile = Duration.ZERO;
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
        for (RecordedEvent e : events) {
            String type = e.getEventType().getName();
            switch (type) {
                case "jdk.ExecutionSample" -> {
                    samples++;
                    RecordedStackTrace st = e.getStackTrace();
                    if (st == null || st.getFrames().isEmpty()) {
                        continue;
                    }
                    self.merge(name(st.getFrames().get(0)), 1, Integer::sum);
                    Set<String> seen = new HashSet<>();
                    for (RecordedFrame f : st.getFrames()) {
                        String n = name(f);
                        if (seen.add(n)) {
                            inclusive.merge(n, 1, Integer::sum);
                        }
                    }
                }
                case "jdk.ObjectAllocationSample" -> {
                    long weight = e.getLong("weight");
                    allocByClass.merge(e.getClass("objectClass").getName(), weight, Long::sum);
                    RecordedStackTrace st = e.getStackTrace();
                    if (st != null) {
                        for (RecordedFrame f : st.getFrames()) {
                            String n = name(f);
                            if (!n.startsWith("java.") && !n.startsWith("jdk.") && !n.startsWith("sun.")) {
                                allocByFrame.merge(n, weight, Long::sum);
                                break;
                            }
                        }
                    }
                }
                case "jdk.SocketRead" -> {
                    socketRead = socketRead.plus(e.getDuration());
                    socketBytes += e.getLong("bytesRead");
                }
                case "jdk.GarbageCollection" -> {
                    gc = gc.plus(e.getDuration());
                    gcs++;
                }
                case "jdk.Compilation" -> compile = compile.plus(e.getDuration());
                default -> {
                }
            }
        }
        System.out.printf("%d execution samples; socket reads %d ms (%,d bytes); %d GCs, %d ms; JIT %d ms%n", samples,
                socketRead.toMillis(), socketBytes, gcs, gc.toMillis(), compile.toMillis());
        print("own samples", self, top, samples);
        print("inclusive samples", inclusive, top, samples);
        long totalAlloc = allocByClass.values().stream().mapToLong(Long::longValue).sum();
        printBytes("allocation by class", allocByClass, top, totalAlloc);
        printBytes("allocation by first non-JDK frame", allocByFrame, top, totalAlloc);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int top, int total) {
        System.out.printf("%n-- %s --%n", title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("%6d %5.1f%%  %s%n", e.getValue(), 100.0 * e.getValue() / total,
                        e.getKey()));
    }

    private static void printBytes(String title, Map<String, Long> bytes, int top, long total) {
        System.out.printf("%n-- %s (%,d MiB sampled in all) --%n", title, total >> 20);
        bytes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("%8d MiB %5.1f%%  %s%n", e.getValue() >> 20,
                        100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }
}
