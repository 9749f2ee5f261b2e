package io.drift.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a process and measures its wall-clock time and peak RSS. The peak RSS comes from GNU time's {@code %M} (the
 * kernel's {@code ru_maxrss} of the child) when {@code /usr/bin/time} exists, and otherwise from polling
 * {@code VmHWM} in {@code /proc/<pid>/status} every 5 ms, which can miss a peak reached just before exit.
 */
final class ProcessTimer {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    private final Path scratch;
    private final boolean gnuTime;

    ProcessTimer(Path scratch) {
        this.scratch = scratch;
        this.gnuTime = Files.isExecutable(GNU_TIME);
    }

    String rssMethod() {
        return gnuTime ? "/usr/bin/time %M (ru_maxrss)" : "polling /proc/<pid>/status VmHWM every 5 ms";
    }

    ProcessSample run(List<String> command, Map<String, String> env, Path output) throws IOException, InterruptedException {
        Path timeFile = scratch.resolve("time.out");
        Path errFile = scratch.resolve("process.err");
        List<String> full = new ArrayList<>();
        if (gnuTime) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", timeFile.toString()));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errFile.toFile());
        pb.environment().putAll(env);
        if (output != null) {
            Files.deleteIfExists(output);
        }
        long start = System.nanoTime();
        Process p = pb.start();
        long hwm = -1;
        if (!gnuTime) {
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            while (p.isAlive()) {
                hwm = Math.max(hwm, readHwm(status));
                Thread.sleep(5);
            }
        }
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            String err = Files.readString(errFile, StandardCharsets.UTF_8);
            throw new IOException("exit " + exit + " from " + abbreviate(command) + ":\n"
                    + err.substring(Math.max(0, err.length() - 4000)));
        }
        if (gnuTime) {
            List<String> lines = Files.readAllLines(timeFile);
            hwm = Long.parseLong(lines.get(lines.size() - 1).trim());
        }
        long size = output != null && Files.exists(output) ? Files.size(output) : -1;
        return new ProcessSample(seconds, hwm, size);
    }

    /** The command without its class path, which can be thousands of characters. */
    static String abbreviate(List<String> command) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < command.size(); i++) {
            shown.add(i > 0 && (command.get(i - 1).equals("-cp") || command.get(i - 1).equals("--classpath"))
                    ? "<class path>" : command.get(i));
        }
        return String.join(" ", shown);
    }

    private static long readHwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process exited between isAlive() and the read
        }
        return -1;
    }
}
