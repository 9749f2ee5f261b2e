package io.drift.cli;

import io.drift.cli.internal.DriverLogging;
import io.drift.cli.internal.Redaction;
import io.drift.cli.internal.StdoutStream;
import io.drift.core.DriftException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code drift} command line: {@code drift snapshot}, {@code drift diff}, {@code drift check},
 * {@code drift migrations …}, {@code drift version}.
 *
 * <p>Exit codes are a stable contract: 0 no drift (every check passed), 1 drift found (a check failed), 2 usage
 * error, 3 could not run (a check could not run; 3 wins over 1). Reports go to
 * stdout (or {@code --output}, written atomically); progress, warnings and errors go to stderr, one line per error
 * unless {@code --verbose} asks for the stack trace. No password is ever printed.
 *
 * <pre>{@code
 * int exitCode = DriftCli.run(System.getenv(), System.out, System.err, "diff", "expected.json", "actual.json");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DriftCli {

    private DriftCli() {
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String... args) {
        boolean console = System.console() != null;
        CliContext context = new CliContext(System.getenv(), System.in, StdoutStream.system(), System.err, console,
                console, new Redaction());
        // What libraries print goes through the same redaction and escaping as Drift's own lines: slf4j-simple
        // writes to System.err, and the PostgreSQL driver's java.util.logging goes to SLF4J at DEBUG (--verbose).
        System.setErr(context.err());
        DriverLogging.install();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> context.errLine("drift: error: " + oneLine(
                describe(e)) + " (in thread " + thread.getName() + ")"));
        int code = run(context, args);
        context.err().flush();
        System.exit(code);
    }

    /**
     * Runs the command line in this process, as {@code drift ARGS…} would, without exiting.
     *
     * @param env  the environment variables it reads (DRIFT_*, PG*, HOME, NO_COLOR)
     * @param out  where reports go
     * @param err  where progress and errors go
     * @param args the arguments
     * @return the exit code: 0 no drift, 1 drift found, 2 usage error, 3 could not run
     */
    public static int run(Map<String, String> env, PrintStream out, PrintStream err, String... args) {
        return run(new CliContext(env, System.in, out, err, System.console() != null, false, new Redaction()), args);
    }

    static int run(CliContext context, String... args) {
        rememberPasswordsTypedAsValues(context, args);
        CommandLine commandLine = new CommandLine(new TopCommand(context), new Factory(context));
        commandLine.setOut(new PrintWriter(context.out(), true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(context.err(), true, StandardCharsets.UTF_8));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((ex, arguments) -> usageError(context, ex));
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> failure(context, ex, cmd, parseResult));
        int code;
        try {
            code = commandLine.execute(args);
        } catch (Error e) {
            // picocli hands on what is not an Exception: out of memory is not "drift found", and not a raw trace.
            return fatal(context, e, args);
        }
        // Whatever a command printed on stdout (a report, the help, the version) must have got there: a full disk or
        // a closed pipe is a failure, not a success with a truncated result.
        context.out().flush();
        if (context.out().checkError() && code != ExitCodes.ERROR) {
            context.errLine("drift: error: " + oneLine(Output.stdoutFailure(context.out() instanceof StdoutStream
                    ? ((StdoutStream) context.out()).failure().orElse(null) : null).getMessage()));
            return ExitCodes.ERROR;
        }
        return code;
    }

    /**
     * An {@link Error}: exit 3 with one line saying what to do, the stack trace only with {@code --verbose}. Out of
     * memory and out of stack name the JVM option to raise and where to give it ({@code DRIFT_JAVA_OPTS} for
     * {@code bin/drift}, or {@code java -X… -jar drift.jar}).
     */
    private static int fatal(CliContext context, Error e, String... args) {
        String message;
        if (e instanceof OutOfMemoryError) {
            long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            message = "Drift ran out of memory (" + e.getMessage() + "; this JVM may use " + maxMb + " MB). Give it"
                    + " more: DRIFT_JAVA_OPTS=-Xmx2g with bin/drift, or java -Xmx2g -jar drift.jar; or capture"
                    + " fewer schemas (--schema).";
        } else if (e instanceof StackOverflowError) {
            message = "Drift ran out of stack (StackOverflowError), on a deeply nested input. Give it more:"
                    + " DRIFT_JAVA_OPTS=-Xss16m with bin/drift, or java -Xss16m -jar drift.jar; if that does not"
                    + " help, please report it.";
        } else if (e instanceof LinkageError) {
            message = "Drift's own classes do not fit together (" + describe(e) + "): the jar is damaged, or"
                    + " another version is on the class path (check DRIFT_JAVA_OPTS and CLASSPATH). Rebuild it:"
                    + " mvn -pl drift-cli -am package -DskipTests.";
        } else {
            message = "The Java runtime failed (" + describe(e) + "). Check the JVM options in DRIFT_JAVA_OPTS;"
                    + " run again with --verbose for the stack trace, and please report it.";
        }
        context.errLine("drift: error: " + oneLine(message));
        if (Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v")) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            context.err().print(trace);
            context.err().flush();
        }
        return ExitCodes.ERROR;
    }

    private static String describe(Throwable e) {
        return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    // "--password=secret" is refused (the option takes no value), but picocli's message would quote the value.
    private static void rememberPasswordsTypedAsValues(CliContext context, String... args) {
        for (String arg : args) {
            if (arg.startsWith("--password=")) {
                context.redaction().addSecret(arg.substring("--password=".length()));
            } else if (arg.startsWith("-W") && arg.length() > 2) {
                context.redaction().addSecret(arg.substring(2));
            }
        }
    }

    private static int usageError(CliContext context, ParameterException ex) {
        String message = trimPeriod(oneLine(ex.getMessage()));
        if (ex instanceof UnmatchedArgumentException) {
            List<String> suggestions = ((UnmatchedArgumentException) ex).getSuggestions();
            if (!suggestions.isEmpty()) {
                message += " (did you mean " + String.join(" or ", suggestions) + "?)";
            }
        }
        context.errLine("drift: error: " + message + ". Run '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                + " --help' for usage.");
        return ExitCodes.USAGE;
    }

    private static int failure(CliContext context, Exception ex, CommandLine cmd, ParseResult parseResult) {
        boolean verbose = cmd.getCommand() instanceof HasCommonOptions
                && ((HasCommonOptions) cmd.getCommand()).common().verbose;
        int code;
        String message;
        if (ex instanceof DriftException) {
            DriftException drift = (DriftException) ex;
            // A mistake in drift.yaml is a usage error too: nothing was run. Its message names the file, line and
            // column, so it needs no pointer to --help.
            code = drift.reason() == DriftException.Reason.INVALID_ARGUMENT
                    || drift.reason() == DriftException.Reason.INVALID_CONFIG ? ExitCodes.USAGE : ExitCodes.ERROR;
            message = drift.getMessage();
            if (drift.reason() == DriftException.Reason.INVALID_ARGUMENT) {
                message = trimPeriod(message) + ". Run '" + cmd.getCommandSpec().qualifiedName()
                        + " --help' for usage.";
            }
        } else {
            code = ExitCodes.ERROR;
            message = "Unexpected " + ex.getClass().getName() + ": " + ex.getMessage() + "."
                    + (verbose ? "" : " Run again with --verbose to see the stack trace") + " Please report it.";
        }
        context.errLine("drift: error: " + oneLine(message));
        if (verbose) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            context.err().print(trace);     // redacted and escaped line by line, as everything on stderr
            context.err().flush();
        }
        return code;
    }

    private static String oneLine(String message) {
        return message == null ? "no message" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    private static String trimPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = DriftCli.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // Fall through to "unknown": a version line is not worth failing for.
        }
        return properties.getProperty("version", "unknown");
    }

    /** Creates commands and preprocessors with the context they need; everything else as picocli would. */
    private static final class Factory implements IFactory {
        private final CliContext context;
        private final IFactory fallback = CommandLine.defaultFactory();

        Factory(CliContext context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                Constructor<K> constructor = cls.getDeclaredConstructor(CliContext.class);
                return constructor.newInstance(context);
            } catch (NoSuchMethodException e) {
                return fallback.create(cls);
            }
        }
    }
}
