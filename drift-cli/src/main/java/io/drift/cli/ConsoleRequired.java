package io.drift.cli;

import java.util.Map;
import java.util.Stack;

import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Lets {@code --password} prompt only on a real terminal: without one, picocli would read the password from stdin,
 * which in a pipeline is rarely what anyone meant and hangs a CI job. Refusing is a usage error that names the
 * non-interactive ways to give a password.
 */
final class ConsoleRequired implements IParameterPreprocessor {

    private final CliContext context;

    ConsoleRequired(CliContext context) {
        this.context = context;
    }

    @Override
    public boolean preprocess(Stack<String> args, CommandSpec commandSpec, ArgSpec argSpec, Map<String, Object> info) {
        if (!context.consoleAvailable()) {
            throw new ParameterException(commandSpec.commandLine(), "--password prompts on a terminal, and there is"
                    + " none. Set DRIFT_PASSWORD or PGPASSWORD, or add the password to ~/.pgpass");
        }
        return false;
    }
}
