package dev.techgraph.importer.source;

import java.util.ArrayList;
import java.util.List;

/** Collects blocks into a {@link PlainText}: whitespace collapsed, empty blocks dropped. */
final class BlockText {

    private final StringBuilder text = new StringBuilder();
    private final List<PlainText.Block> blocks = new ArrayList<>();
    private String firstHeading;

    void add(String raw, PlainText.BlockType type) {
        String block = raw.replaceAll("[\\s\\u00a0\\u200b]+", " ").strip();
        if (block.isEmpty()) {
            return;
        }
        if (type == PlainText.BlockType.HEADING && firstHeading == null) {
            firstHeading = block;
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        int start = text.length();
        text.append(block);
        blocks.add(new PlainText.Block(start, text.length(), type));
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    PlainText build(String source, String title) {
        return new PlainText(source, title != null && !title.isBlank() ? title : firstHeading, text.toString(), blocks);
    }
}
