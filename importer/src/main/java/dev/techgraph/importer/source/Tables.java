package dev.techgraph.importer.source;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Emits a table as blocks, one per cell: header cells and each row's first cell plain, every other cell
 * with its {@link PlainText.Cell} (the row's first cell and the column's header), so facts land on their row.
 */
final class Tables {

    private Tables() {
    }

    /**
     * Header words that name what a row is about ("ORM", "Library", "Tool"): a column under one of them holds
     * the row's subject even when it is not the first ("Project type | Language | ORM | Why"). "Language" and
     * "Runtime" columns are attributes of the subject, not the subject.
     */
    private static final Set<String> NAMING = Set.of("name", "option", "options", "technology", "technologies",
            "library", "libraries", "framework", "frameworks", "orm", "orms", "tool", "tools", "package",
            "packages", "client", "clients", "product", "products", "engine", "engines", "server", "servers");

    static void emit(BlockText out, List<String> header, List<List<String>> rows) {
        for (String h : header) {
            out.add(h, PlainText.BlockType.CELL);
        }
        int subject = subjectColumn(header);
        for (List<String> row : rows) {
            if (row.size() <= subject) {
                continue;
            }
            String rowHead = BlockText.clean(row.get(subject));
            out.add(rowHead, PlainText.BlockType.CELL);
            for (int c = 0; c < row.size(); c++) {
                if (c == subject) {
                    continue;
                }
                String columnHead = c < header.size() ? BlockText.clean(header.get(c)) : "";
                out.add(row.get(c), PlainText.BlockType.CELL, 0, new PlainText.Cell(rowHead, columnHead));
            }
        }
    }

    /** The first column, unless it is no naming column and exactly one later column is. */
    private static int subjectColumn(List<String> header) {
        if (header.isEmpty() || naming(header.get(0))) {
            return 0;
        }
        int found = -1;
        for (int c = 1; c < header.size(); c++) {
            if (naming(header.get(c))) {
                if (found >= 0) {
                    return 0;
                }
                found = c;
            }
        }
        return Math.max(found, 0);
    }

    private static boolean naming(String headerCell) {
        return NAMING.contains(BlockText.clean(headerCell).strip().toLowerCase(Locale.ROOT));
    }
}
