package dev.techgraph.importer.extract;

/**
 * A token of a sentence with its character offsets [start, end) in the sentence text.
 *
 * @param text  the text as written
 * @param lower lower case, typographic apostrophes straightened
 * @param type  a word, a joiner between words (hyphen or slash without spaces), or punctuation
 */
record Token(String text, String lower, int start, int end, Type type) {

    /** What a token is. */
    enum Type { WORD, JOINER, PUNCT }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    boolean capitalised() {
        return !text.isEmpty() && (Character.isUpperCase(text.charAt(0))
                || text.charAt(0) == '.' && text.length() > 1 && Character.isUpperCase(text.charAt(1)));
    }
}
