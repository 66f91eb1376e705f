package dev.techgraph.importer.source;

import java.util.ArrayList;
import java.util.List;

/** Collects blocks into a {@link PlainText}: whitespace collapsed, empty blocks dropped. */
final class BlockText {

    /** A line that starts with a short label and a colon and goes on: "Best for: small services". */
    static final java.util.regex.Pattern LABEL_LINE = java.util.regex.Pattern.compile("^[^:.!?]{1,40}:\\s*\\S");

    private final StringBuilder text = new StringBuilder();
    private final List<PlainText.Block> blocks = new ArrayList<>();
    private String firstHeading;
    private String pendingLead;

    void add(String raw, PlainText.BlockType type) {
        add(raw, type, type == PlainText.BlockType.HEADING ? 1 : 0, null);
    }

    void add(String raw, PlainText.BlockType type, int level, PlainText.Cell cell) {
        String block = clean(raw);
        if (block.isEmpty()) {
            return;
        }
        if (type == PlainText.BlockType.HEADING && firstHeading == null) {
            firstHeading = block;
        }
        int lead = pendingLead != null && block.startsWith(pendingLead) ? pendingLead.length() : 0;
        pendingLead = null;
        if (!text.isEmpty()) {
            text.append('\n');
        }
        int start = text.length();
        text.append(block);
        blocks.add(new PlainText.Block(start, text.length(), type, level, cell, lead));
    }

    /**
     * Marks text the author set apart (bold, code, a link) at the start of the next block added: it becomes that
     * block's lead when the block starts with it, and is forgotten otherwise.
     */
    void lead(String raw) {
        String lead = raw == null ? "" : clean(raw);
        pendingLead = lead.isEmpty() ? null : lead;
    }

    static String clean(String raw) {
        return raw.replaceAll("[\\s\\u00a0\\u200b]+", " ").strip();
    }

    /**
     * Adds lines that were wrapped into one block: as one block, unless every line after the first starts with
     * a label ("Best for: ..." then "Avoid for: ..."), when each line is a block of its own.
     */
    void addLines(String joined, PlainText.BlockType type) {
        String[] lines = joined.split("\n");
        boolean labels = lines.length >= 2;
        for (int i = 1; i < lines.length && labels; i++) {
            labels = LABEL_LINE.matcher(lines[i].strip()).find();
        }
        if (labels) {
            for (String line : lines) {
                add(line, type);
            }
        } else {
            add(joined, type);
        }
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    PlainText build(String source, String title) {
        return new PlainText(source, title != null && !title.isBlank() ? title : firstHeading, text.toString(), blocks);
    }
}
