package ng.korrect.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows of text printed as aligned columns, two spaces apart, without trailing spaces. */
public final class TextTable {

    private final String indent;
    private final List<String[]> rows = new ArrayList<>();

    /** A table whose lines start with that indent. */
    public TextTable(String indent) {
        this.indent = indent;
    }

    /** Adds a row; rows may have different numbers of cells. */
    public TextTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    /** Prints the rows. */
    public void print(PrintWriter out) {
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

    /** Whether it has no rows. */
    public boolean isEmpty() {
        return rows.isEmpty();
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
