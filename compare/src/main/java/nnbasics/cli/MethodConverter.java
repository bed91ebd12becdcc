package nnbasics.cli;

import java.util.Locale;
import nnbasics.compare.regression.Method;
import picocli.CommandLine;

/** Parses {@code gd|normal}. */
final class MethodConverter implements CommandLine.ITypeConverter<Method> {
    @Override
    public Method convert(String value) {
        try {
            return Method.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("expected gd or normal, got '" + value + "'");
        }
    }
}
