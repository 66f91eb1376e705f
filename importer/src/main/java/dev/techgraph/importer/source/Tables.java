package dev.techgraph.importer.source;

import java.util.List;

/**
 * Emits a table as blocks, one per cell: header cells and each row's first cell plain, every other cell
 * with its {@link PlainText.Cell} (the row's first cell and the column's header), so facts land on their row.
 */
final class Tables {

    private Tables() {
    }

    static void emit(BlockText out, List<String> header, List<List<String>> rows) {
        for (String h : header) {
            out.add(h, PlainText.BlockType.CELL);
        }
        for (List<String> row : rows) {
            if (row.isEmpty()) {
                continue;
            }
            String rowHead = BlockText.clean(row.get(0));
            out.add(rowHead, PlainText.BlockType.CELL);
            for (int c = 1; c < row.size(); c++) {
                String columnHead = c < header.size() ? BlockText.clean(header.get(c)) : "";
                out.add(row.get(c), PlainText.BlockType.CELL, 0, new PlainText.Cell(rowHead, columnHead));
            }
        }
    }
}
