package dev.techgraph.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalised identity of entity names: "Vue", "Vue.js" and "VueJS" are told apart by the vocabulary's
 * aliases, but case, spacing, hyphens and typographic quotes never make two entities.
 */
public final class Keys {

    /** Compiled once: keys are computed on every entity reference, in the extractor's inner loops. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_\u2010-\u2015/]+");

    private Keys() {
    }

    /**
     * The key of a name: NFKC, lower case, curly quotes straightened, hyphens, underscores and runs of
     * whitespace folded to one space. Dots, pluses and hashes stay: they carry identity (Node.js, C++, C#).
     */
    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replace('\u2019', '\'').replace('\u2018', '\'');
        s = SEPARATORS.matcher(s).replaceAll(" ").trim();
        return s;
    }
}
