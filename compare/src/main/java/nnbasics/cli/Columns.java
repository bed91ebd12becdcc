package nnbasics.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        List<String> names = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            String name = table.columns().get(c);
            if (!name.equals(excluded) && anyNumber(table, c)) {
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
                throw new UserError("--features: \"" + excluded + "\" is the " + role
                        + "; it cannot also be a feature");
            }
        }
        return names;
    }

    /**
     * Checks the names given with {@code --features} before any file is searched for them: none empty (as
     * {@code --features ""} or {@code --features a,,b} give), none twice.
     */
    static void checkNames(List<String> given) {
        String text = String.join(",", given);
        Set<String> seen = new HashSet<>();
        for (String name : given) {
            if (name.isBlank()) {
                throw new UserError("--features \"" + text + "\": expected column names separated by commas, found an"
                        + " empty name");
            }
            if (!seen.add(name)) {
                throw new UserError("--features \"" + text + "\": column \"" + name + "\" is named twice; name each "
                        + "feature once");
            }
        }
    }

    private static boolean anyNumber(Table table, int column) {
        for (Table.Row row : table.rows()) {
            try {
                Double.parseDouble(row.cells().get(column));
                return true;
            } catch (NumberFormatException e) {
                // not a number: look further
            }
        }
        return false;
    }
}
