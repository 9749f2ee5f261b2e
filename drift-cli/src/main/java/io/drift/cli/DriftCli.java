package io.drift.cli;

import io.drift.cli.internal.Redaction;
import io.drift.core.DriftException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code drift} command line: {@code drift snapshot}, {@code drift diff}, {@code drift migrations …},
 * {@code drift version}.
 *
 * <p>Exit codes are a stable contract: 0 no drift, 1 drift found, 2 usage error, 3 could not run. Reports go to
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
        int code = run(new CliContext(System.getenv(), System.out, System.err, console, console, new Redaction()),
                args);
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
        return run(new CliContext(env, out, err, System.console() != null, false, new Redaction()), args);
    }

    static int run(CliContext context, String... args) {
        rememberPasswordsTypedAsValues(context, args);
        CommandLine commandLine = new CommandLine(new TopCommand(context), new Factory(context));
        commandLine.setOut(new PrintWriter(context.out(), true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(context.err(), true, StandardCharsets.UTF_8));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((ex, arguments) -> usageError(context, ex));
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> failure(context, ex, cmd, parseResult));
        return commandLine.execute(args);
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
            code = drift.reason() == DriftException.Reason.INVALID_ARGUMENT ? ExitCodes.USAGE : ExitCodes.ERROR;
            message = drift.getMessage();
            if (code == ExitCodes.USAGE) {
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
            context.err().print(context.redaction().redact(trace.toString()));
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
