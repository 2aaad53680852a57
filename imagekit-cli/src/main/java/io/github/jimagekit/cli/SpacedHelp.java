package io.github.jimagekit.cli;

import java.util.List;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * picocli's generated help, with an option's value after a space as people type it
 * ({@code --threads N}, {@code -D key=value}) rather than after {@code =}, which reads oddly
 * for {@code -D=key=value}. Both forms are accepted.
 */
final class SpacedHelp extends Help {

    /**
     * Creates the help of a command.
     *
     * @param spec   the command
     * @param scheme the colours
     */
    SpacedHelp(CommandSpec spec, ColorScheme scheme) {
        super(spec, scheme);
    }

    @Override
    public IParamLabelRenderer parameterLabelRenderer() {
        IParamLabelRenderer standard = super.parameterLabelRenderer();
        return new IParamLabelRenderer() {
            @Override
            public Ansi.Text renderParameterLabel(ArgSpec arg, Ansi ansi,
                    List<Ansi.IStyle> styles) {
                Ansi.Text label = standard.renderParameterLabel(arg, ansi, styles);
                String plain = label.plainString();
                if (!arg.isOption() || !plain.startsWith(standard.separator())) {
                    return label;
                }
                return ansi.new Text(" " + plain.substring(standard.separator().length()));
            }

            @Override
            public String separator() {
                return " ";
            }
        };
    }
}
