package org.mcuq.ir.text;

import java.util.ArrayList;
import java.util.List;

/** Lays out rows of cells in aligned columns; numeric columns are right-aligned. */
public final class TextColumns {

    private final boolean[] rightAligned;
    private final List<String[]> rows = new ArrayList<>();

    /** @param rightAligned one flag per column */
    public TextColumns(boolean... rightAligned) {
        this.rightAligned = rightAligned.clone();
    }

    public TextColumns add(String... cells) {
        if (cells.length != rightAligned.length) {
            throw new IllegalArgumentException("Expected " + rightAligned.length + " cells, got " + cells.length);
        }
        rows.add(cells.clone());
        return this;
    }

    /** All rows, columns separated by two spaces, trailing blanks removed, each line ending in a newline. */
    public String format() {
        int[] widths = widths();
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                String pad = " ".repeat(widths[c] - row[c].length());
                line.append(c == 0 ? "" : "  ").append(rightAligned[c] ? pad + row[c] : row[c] + pad);
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    private int[] widths() {
        int[] widths = new int[rightAligned.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        return widths;
    }
}
