package nnbasics.cli;

import java.util.Locale;
import nnbasics.compare.EngineChoice;
import picocli.CommandLine;

/** Parses {@code hand|dl4j|both}. */
final class EngineConverter implements CommandLine.ITypeConverter<EngineChoice> {
    @Override
    public EngineChoice convert(String value) {
        try {
            return EngineChoice.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("expected hand, dl4j or both, got '" + value + "'");
        }
    }
}
