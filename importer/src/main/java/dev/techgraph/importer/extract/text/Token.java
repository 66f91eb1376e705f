package dev.techgraph.importer.extract.text;

/**
 * A token of a sentence with its character offsets [start, end) in the sentence text.
 *
 * @param text  the text as written
 * @param lower lower case, typographic apostrophes straightened
 * @param type  a word, a joiner between words (hyphen or slash without spaces), or punctuation
 */
public record Token(String text, String lower, int start, int end, Type type) {

    /** What a token is. */
    public enum Type { WORD, JOINER, PUNCT }

    /** "5.0", "4.0.0", "v2", "3", "1.x": a version number. */
    public boolean isVersion() {
        int from = lower.startsWith("v") && lower.length() > 1 ? 1 : 0;
        return Character.isDigit(lower.charAt(from))
                && lower.substring(from).chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == 'x');
    }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    /** "a", "an", "the". */
    public boolean isArticle() {
        return lower.equals("a") || lower.equals("an") || lower.equals("the");
    }

    /** The texts of {@code tokens[from, to)} joined by single spaces: how discovered names are written. */
    public static String join(java.util.List<Token> tokens, int from, int to) {
        return join(tokens, from, to, " ");
    }

    /** The tokens' texts with {@code separator} between them ("" for words the sentence writes joined). */
    public static String join(java.util.List<Token> tokens, int from, int to, String separator) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            out.append(k > from ? separator : "").append(tokens.get(k).text());
        }
        return out.toString();
    }

    public boolean capitalised() {
        return !text.isEmpty() && (Character.isUpperCase(text.charAt(0))
                || text.charAt(0) == '.' && text.length() > 1 && Character.isUpperCase(text.charAt(1)));
    }
}
