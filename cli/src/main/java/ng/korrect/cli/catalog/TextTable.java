package ng.korrect.cli.catalog;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows of text printed as aligned columns, two spaces apart, without trailing spaces. */
final class TextTable {

    private final String indent;
    private final List<String[]> rows = new ArrayList<>();

    TextTable(String indent) {
        this.indent = indent;
    }

    /** Adds a row; rows may have different numbers of cells. */
    TextTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    void print(PrintWriter out) {
        int[] widths = columnWidths();
        for (String[] cells : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int column = 0; column < cells.length; column++) {
                line.append(cells[column]);
                if (column < cells.length - 1) {
                    line.append(" ".repeat(widths[column] - cells[column].length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private int[] columnWidths() {
        int columns = rows.stream().mapToInt(cells -> cells.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] cells : rows) {
            for (int column = 0; column < cells.length; column++) {
                widths[column] = Math.max(widths[column], cells[column].length());
            }
        }
        return widths;
    }
}
