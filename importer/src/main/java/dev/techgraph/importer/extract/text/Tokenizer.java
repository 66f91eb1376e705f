package dev.techgraph.importer.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into words, joiners and punctuation in one pass over the characters. Technology names
 * keep their inner symbols ("Node.js", "C++", "C#", ".NET"); a possessive "'s" becomes its own token;
 * hyphens and slashes between words become joiners, which dictionary matching steps over ("back-end" and
 * "back end" match alike).
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)
                    || c == '.' && i + 1 < n && Character.isLetter(s.charAt(i + 1))
                    && (i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '(')) {
                int end = wordEnd(s, i);
                add(out, s, i, end, Token.Type.WORD);
                i = end;
            } else if (isApostrophe(c) && i + 1 < n && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetter(s.charAt(i + 2))) && i > 0
                    && Character.isLetterOrDigit(s.charAt(i - 1))) {
                add(out, s, i, i + 2, Token.Type.PUNCT);
                i += 2;
            } else if ((c == '-' || c == '/' || c == '\u2010' || c == '\u2011') && i > 0 && i + 1 < n
                    && Character.isLetterOrDigit(s.charAt(i - 1)) && Character.isLetterOrDigit(s.charAt(i + 1))) {
                add(out, s, i, i + 1, Token.Type.JOINER);
                i++;
            } else {
                add(out, s, i, i + 1, Token.Type.PUNCT);
                i++;
            }
        }
        return out;
    }

    private static int wordEnd(String s, int from) {
        int n = s.length();
        int i = from + 1;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                i++;
            } else if (c == '.' && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))) {
                i++;
            } else if (c == '+' || c == '#' && Character.isLetter(s.charAt(i - 1))) {
                i++;
            } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(s.charAt(i + 1))
                    && !((s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetter(s.charAt(i + 2))))) {
                i++; // contractions: doesn't, isn't, can't
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static void add(List<Token> out, String s, int start, int end, Token.Type type) {
        String text = s.substring(start, end);
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        out.add(new Token(text, lower, start, end, type));
    }
}
