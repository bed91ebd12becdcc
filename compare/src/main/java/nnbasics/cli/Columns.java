package nnbasics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nnbasics.handwritten.data.NumericTable;
import java.util.Set;
import nnbasics.handwritten.data.Table;

/** Which columns of a table can serve as features by default. */
final class Columns {

    private Columns() {
    }

    /**
     * Every column except {@code excluded} that holds at least one number. A column with no number at all (a label,
     * a name) is left out; a column with some numbers and some bad cells is kept, so that reading it reports the
     * bad cell's line and column instead of silently dropping the feature.
     */
    static List<String> numericExcept(Table table, String excluded) {
        return numericExcept(source(table), excluded);
    }

    private static List<String> numericExcept(Source table, String excluded) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            String name = table.columns().get(c);
            if (!name.equals(excluded) && table.anyNumber(c)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The feature columns of a command: the ones given with {@code --features} (each must exist), or else every
     * other column holding numbers; never the target or label column itself.
     *
     * @param excluded the target or label column
     * @param role     what {@code excluded} is, for the message ("target", "label")
     */
    static List<String> features(Table table, List<String> given, String excluded, String role) {
        return features(source(table), given, excluded, role);
    }

    /** As {@link #features(Table, List, String, String)}, for a table read straight into numbers. */
    static List<String> features(NumericTable table, List<String> given, String excluded, String role) {
        return features(new Source(table.file(), table.columns(), table::columnIndex,
                c -> table.anyNumber(table.columns().get(c))), given, excluded, role);
    }

    private static List<String> features(Source table, List<String> given, String excluded, String role) {
        table.columnIndex(excluded);
        if (given != null) {
            checkNames(given);
        }
        List<String> names = given != null ? given : numericExcept(table, excluded);
        if (names.isEmpty()) {
            throw new UserError(table.file() + ": no numeric column besides \"" + excluded + "\" to use as a feature");
        }
        for (String name : names) {
            table.columnIndex(name);
            if (name.equals(excluded)) {
                throw new UserError("--features: " + Values.shown(excluded) + " is the " + role
                        + "; it cannot also be a feature");
            }
        }
        return names;
    }

    /** What the choice of features needs from a table, whichever reader read it. */
    private record Source(Path file, List<String> columns, java.util.function.ToIntFunction<String> index,
                          java.util.function.IntPredicate numbers) {
        void columnIndex(String name) {
            index.applyAsInt(name);
        }

        boolean anyNumber(int column) {
            return numbers.test(column);
        }
    }

    private static Source source(Table table) {
        return new Source(table.file(), table.columns(), table::columnIndex, table::anyNumber);
    }

    /**
     * Checks the names given with {@code --features} before any file is searched for them: none empty (as
     * {@code --features ""} or {@code --features a,,b} give), none twice.
     */
    /**
     * How picocli splits {@code --features}: at every comma but a last one. Java's split drops trailing empty names,
     * so "area," would read as "area"; kept whole instead, its empty last name is reported by {@link #checkNames}.
     */
    static final String SPLIT = ",(?!$)";

    static void checkNames(List<String> given) {
        String text = String.join(",", given);
        Set<String> seen = new HashSet<>();
        for (String name : given) {
            if (name.isBlank() || name.endsWith(",")) {
                throw new UserError("--features " + Values.shown(text) + ": expected column names separated by "
                        + "commas, found an empty name");
            }
            if (!seen.add(name)) {
                throw new UserError("--features " + Values.shown(text) + ": column " + Values.shown(name)
                        + " is named twice; name each feature once");
            }
        }
    }
}
