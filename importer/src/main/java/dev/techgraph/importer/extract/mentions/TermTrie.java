package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.importer.extract.text.Tokenizer;
import dev.techgraph.model.vocabulary.Term;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over lower-case word tokens of every surface form: one walk from each token position finds the
 * longest form that starts there. Joiners (hyphens, slashes) between words are stepped over.
 */
public final class TermTrie {

    /**
     * A surface form of a term.
     *
     * @param term     the vocabulary term
     * @param form     the form as written in the vocabulary
     * @param words    the form's word tokens as written (for case-sensitive comparison)
     * @param guarded  matched case-sensitively and only with support (an ambiguous term's plain-word form)
     * @param opposite the form states the opposite of the concept ("slow" for high performance)
     */
    public record Entry(Term term, String form, List<String> words, boolean guarded, boolean opposite) {
    }

    /** A match of tokens [from, to) to the entries of one form. */
    public record Match(int from, int to, List<Entry> entries) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        List<Entry> entries;
    }

    private final Node root = new Node();

    void add(Term term, String form, boolean guarded, boolean opposite) {
        List<Token> tokens = Tokenizer.tokenize(form);
        List<String> words = new ArrayList<>();
        Node node = root;
        for (Token t : tokens) {
            if (t.is("'s")) {
                node = node.next.computeIfAbsent(t.lower(), k -> new Node()); // "Let's Encrypt" keeps its "'s"
                continue;
            }
            if (!t.isWord()) {
                continue;
            }
            words.add(t.text());
            node = node.next.computeIfAbsent(t.lower(), k -> new Node());
        }
        if (node == root) {
            return;
        }
        if (node.entries == null) {
            node.entries = new ArrayList<>(1);
        }
        Entry entry = new Entry(term, form, List.copyOf(words), guarded, opposite);
        for (Entry e : node.entries) {
            if (e.term().equals(term) && e.guarded() == guarded && e.words().equals(entry.words())) {
                return;
            }
        }
        node.entries.add(entry);
    }

    /**
     * A plural the vocabulary lists only in the singular ("large communities", "mature ecosystems"); only
     * concepts are matched this way, names of technologies are taken as written.
     */
    private static Node singular(Node node, String w) {
        if (w.length() < 5 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return null;
        }
        Node n = w.endsWith("ies") ? node.next.get(w.substring(0, w.length() - 3) + "y") : null;
        return n != null ? n : node.next.get(w.substring(0, w.length() - 1));
    }

    private static List<Entry> concepts(List<Entry> entries) {
        if (entries == null) {
            return null;
        }
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.term().kind().isTechnology()) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every form that starts at token {@code from}, longest first. */
    public List<Match> matchesAt(List<Token> tokens, int from) {
        List<Match> out = new ArrayList<>(2);
        Node node = root;
        int i = from;
        boolean plural = false;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!t.isWord() && !(t.is("'s") && i > from && node.next.containsKey("'s"))) {
                break;
            }
            Node exact = node.next.get(t.lower());
            if (exact == null) {
                exact = singular(node, t.lower());
                plural |= exact != null;
            }
            node = exact;
            if (node == null) {
                break;
            }
            List<Entry> entries = plural ? concepts(node.entries) : node.entries;
            if (entries != null && !entries.isEmpty()) {
                out.add(0, new Match(from, i + 1, entries));
            }
            i++;
            if (i < tokens.size() && tokens.get(i).type() == Token.Type.JOINER && i + 1 < tokens.size()) {
                i++;
            }
        }
        return out;
    }
}
