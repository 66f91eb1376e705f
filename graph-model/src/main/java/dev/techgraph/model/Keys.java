package dev.techgraph.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalised identity of entity names: "Vue", "Vue.js" and "VueJS" are told apart by the vocabulary's
 * aliases, but case, spacing, hyphens and typographic quotes never make two entities.
 */
public final class Keys {

    private Keys() {
    }

    /**
     * The key of a name: NFKC, lower case, curly quotes straightened, hyphens, underscores and runs of
     * whitespace folded to one space. Dots, pluses and hashes stay: they carry identity (Node.js, C++, C#).
     */
    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replace('\u2019', '\'').replace('\u2018', '\'');
        s = s.replaceAll("[\\s\\-_\u2010-\u2015/]+", " ").trim();
        return s;
    }
}
