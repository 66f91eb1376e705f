package dev.techgraph.importer.extract.rules;

import dev.techgraph.importer.extract.text.DataFile;
import dev.techgraph.importer.extract.text.Mention;
import dev.techgraph.importer.extract.text.ParsedSentence;
import dev.techgraph.model.Kind;
import dev.techgraph.model.RelationType;
import dev.techgraph.model.vocabulary.Term;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A product named after another technology the same document names on its own is used with it: "Kestrel Operator",
 * "Kestrel Cloud", "Kestrel-Web", "kestrel.spatial" USED_WITH Kestrel (used_with.name_extension). Software that
 * extends, hosts or serves a product takes its name; the name states the relation whatever the sentence says.
 * Read over the whole document, because the bare name may come after the longer one. The base must be written as
 * a mention of its own (the document confirms it names that technology there), the longer name must go on with a
 * capitalised word or a joined part ("Kestrel tools" is no name), the base must be a framework, library or tool
 * (see {@link #EXTENDED_KINDS}), and a version number or an older edition
 * ("Kestrel 7", "Kestrel Classic", {@code @not-extension-words} in {@code kind-words.tsv}) is the same product
 * at another time, not a companion.
 */
public final class NameExtensionRule {

    private static final Set<String> NOT_EXTENSIONS = DataFile.wordList(
            "dev/techgraph/importer/extract/kind-words.tsv", "@not-extension-words");

    /**
     * Kinds of product whose name another product takes to say it extends it. A language's name before a word
     * names something written in it or for it ("Zorblang SDK", "Zorblang TUIs"), an operating system's or a
     * virtual machine's something that runs on it ("Zorbix Terminal"): neither is a companion.
     */
    private static final Set<Kind> EXTENDED_KINDS = EnumSet.of(Kind.FRAMEWORK, Kind.LIBRARY, Kind.TOOL);

    public void apply(List<ParsedSentence> sentences, Facts out) {
        Map<String, Mention> first = new LinkedHashMap<>(); // each tech surface once, at its first sentence
        Map<String, Integer> sentenceOf = new LinkedHashMap<>();
        for (ParsedSentence s : sentences) {
            for (Mention m : s.mentions) {
                if (m.isTech() && first.putIfAbsent(m.surface().toLowerCase(Locale.ROOT), m) == null) {
                    sentenceOf.put(m.surface().toLowerCase(Locale.ROOT), s.index());
                }
            }
        }
        List<String> surfaces = new ArrayList<>(first.keySet());
        for (String longer : surfaces) {
            Term extension = first.get(longer).term();
            String original = first.get(longer).surface();
            for (String base : surfaces) {
                Term named = first.get(base).term();
                if (base.length() >= longer.length() || !longer.startsWith(base) || named.equals(extension)
                        || !EXTENDED_KINDS.contains(named.kind()) || extension.kind() == Kind.LANGUAGE
                        || !extends_(original.substring(base.length()))) {
                    continue;
                }
                out.add(extension, RelationType.USED_WITH, named, PolarityPass.stated(), "used_with.name_extension",
                        sentenceOf.get(longer));
            }
        }
    }

    /** Whether what follows a base name makes a product of its own: " Operator", "-Web", ".spatial", not " 7". */
    private static boolean extends_(String rest) {
        if (rest.length() < 2) {
            return false;
        }
        char joiner = rest.charAt(0);
        String part = rest.substring(1).split("[\\s\\-.]", 2)[0];
        if (part.isEmpty() || Character.isDigit(part.charAt(0))
                || NOT_EXTENSIONS.contains(part.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return joiner == '-' || joiner == '.' || joiner == ' ' && Character.isUpperCase(part.charAt(0));
    }
}
