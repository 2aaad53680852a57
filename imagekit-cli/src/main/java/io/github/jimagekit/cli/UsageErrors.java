package io.github.jimagekit.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line that cannot be understood: one line saying why (with the nearest
 * options for a mistyped one), one pointing at {@code --help}, and exit status 2. The messages
 * are those of {@code generateimages} before picocli, which scripts may match on.
 */
final class UsageErrors implements IParameterExceptionHandler {

    private static final int MAX_SUGGESTIONS = 3;

    private final PrintStream err;

    /**
     * Creates the handler.
     *
     * @param err where the message goes
     */
    UsageErrors(PrintStream err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        err.println("generateimages: " + message(e));
        err.println("try generateimages --help");
        err.flush();
        return GenerateImages.USAGE_ERROR;
    }

    /**
     * Returns the message for a parse failure.
     *
     * @param e what picocli reports
     * @return the message, lower-case, quoting the bad argument
     */
    static String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return "unknown option \"" + u.getUnmatched().get(0) + "\""
                    + suggestions(u.getSuggestions());
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            ArgSpec missing = m.getMissing().get(0);
            if (missing instanceof OptionSpec option) {
                return "option " + option.longestName() + " needs a value";
            }
        }
        if (e.getArgSpec() instanceof OptionSpec option && option.arity().max() == 0
                && e.getValue() != null) {
            return "option " + option.longestName() + " takes no value, was \""
                    + e.getValue() + "\"";
        }
        return e.getMessage();
    }

    private static String suggestions(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        return names.stream().limit(MAX_SUGGESTIONS).map(n -> "\"" + n + "\"")
                .collect(Collectors.joining(" or ", " (did you mean ", "?)"));
    }
}
