package dev.techgraph.importer.source;

import java.util.List;
import java.util.Objects;

/**
 * A document as plain text: its blocks (paragraphs, headings, list items, table cells) joined by
 * {@code "\n"}, with the offsets of each block, so sentences never cross a block.
 *
 * @param source where it came from (file path or a name given by the user); identifies the document
 * @param title  the title (first heading, HTML title) or the file name
 * @param text   the plain text sentences and offsets refer to
 * @param blocks the blocks of {@code text}, in order
 */
public record PlainText(String source, String title, String text, List<Block> blocks) {

    public PlainText {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
        title = title == null || title.isBlank() ? source : title.strip();
    }

    /**
     * Whether block {@code i} opens another table right after one before it, with no paragraph between (two
     * Markdown tables a blank line apart): a cell without a {@link Cell} (a header cell or a row head) after a
     * body cell, followed by another such cell, is the first cell of a header row; a row head is followed by its
     * row's body cells instead.
     */
    public static boolean startsNextTable(List<Block> blocks, int i) {
        return i > 0 && i + 1 < blocks.size() && headCell(blocks.get(i)) && headCell(blocks.get(i + 1))
                && blocks.get(i - 1).type() == BlockType.CELL && blocks.get(i - 1).cell() != null;
    }

    private static boolean headCell(Block block) {
        return block.type() == BlockType.CELL && block.cell() == null;
    }

    /** What a block is: headings and list items are sentences of their own. */
    public enum BlockType { HEADING, PARAGRAPH, LIST_ITEM, CELL }

    /**
     * A block of the text at [start, end).
     *
     * @param level heading level (1 for the top), 0 for a block that is no heading
     * @param cell  for a table cell, its row and column; null otherwise
     * @param lead  how many characters at the block's start the author set apart with markup (bold, code or a
     *              link opening a list item or paragraph: "**Zorbit** builds fast ..."), 0 when none; the
     *              text itself stays plain, so this is the only trace of that markup
     */
    public record Block(int start, int end, BlockType type, int level, Cell cell, int lead) {
        public Block {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("block offsets must satisfy 0 <= start <= end, were start="
                        + start + " end=" + end);
            }
            Objects.requireNonNull(type, "type");
            if (lead < 0 || lead > end - start) {
                throw new IllegalArgumentException("a block's lead must lie inside it, was " + lead);
            }
        }

        public Block(int start, int end, BlockType type, int level, Cell cell) {
            this(start, end, type, level, cell, 0);
        }

        public Block(int start, int end, BlockType type) {
            this(start, end, type, type == BlockType.HEADING ? 1 : 0, null);
        }
    }

    /**
     * Where a table cell sits: the text of its row's first cell (what the row is about) and of its column's
     * header (what the column says about it). Either is empty when the table has none; a header cell or a
     * first-column cell has no Cell.
     */
    public record Cell(String rowHead, String columnHead) {
        public Cell {
            Objects.requireNonNull(rowHead, "rowHead");
            Objects.requireNonNull(columnHead, "columnHead");
        }
    }
}
