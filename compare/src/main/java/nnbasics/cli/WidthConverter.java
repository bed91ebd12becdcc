package nnbasics.cli;

import picocli.CommandLine;

/**
 * One width of {@code --hidden N,N,…}, split with {@link Columns#SPLIT} so that a trailing comma stays on the last
 * part ({@code "4,"}) and is refused instead of dropped; an empty part ({@code 4,,8}, {@code ,4}) likewise.
 */
final class WidthConverter implements CommandLine.ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        String part = value.strip();
        if (part.isEmpty() || part.endsWith(",")) {
            throw new CommandLine.TypeConversionException(
                    "expected whole numbers separated by commas, found an empty width");
        }
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(Values.shown(part) + " is not a whole number");
        }
    }
}
