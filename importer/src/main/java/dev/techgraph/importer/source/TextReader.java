package dev.techgraph.importer.source;

import java.util.regex.Pattern;

/**
 * Plain text: each line is a block; hard-wrapped lines (a line that does not end a sentence followed by
 * one that starts in lower case) are joined; short lines without closing punctuation are headings.
 */
final class TextReader implements FormatReader {

    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:;)\"'\u201d\u2019]\\s*$");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*+\u2022]|\\d+[.)])\\s+");

    @Override
    public PlainText read(String source, byte[] content) {
        String text = Decoding.decode(content, source);
        DocumentReader.rejectLongLines(source, text);
        return parse(source, text);
    }

    PlainText parse(String source, String text) {
        BlockText out = new BlockText();
        String[] lines = text.split("\\r?\\n|\\r");
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                flush(out, pending);
                continue;
            }
            boolean listItem = LIST_MARK.matcher(line).find();
            if (listItem) {
                flush(out, pending);
                out.add(LIST_MARK.matcher(line).replaceFirst(""), PlainText.BlockType.LIST_ITEM);
                continue;
            }
            if (!pending.isEmpty()) {
                pending.append(' ');
            }
            pending.append(line);
            String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
            boolean wrapped = !next.isEmpty() && Character.isLowerCase(next.codePointAt(0))
                    && !ENDS_SENTENCE.matcher(line).find();
            if (!wrapped) {
                flush(out, pending);
            }
        }
        flush(out, pending);
        return out.build(source, null);
    }

    private static void flush(BlockText out, StringBuilder pending) {
        if (pending.isEmpty()) {
            return;
        }
        String block = pending.toString();
        out.add(block, looksLikeHeading(block) ? PlainText.BlockType.HEADING : PlainText.BlockType.PARAGRAPH);
        pending.setLength(0);
    }

    static boolean looksLikeHeading(String line) {
        return line.length() <= 90 && !BlockText.LABEL_LINE.matcher(line).find() && !ENDS_SENTENCE.matcher(line).find() && !line.endsWith(",");
    }
}
