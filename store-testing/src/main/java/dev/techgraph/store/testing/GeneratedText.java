package dev.techgraph.store.testing;

import java.nio.charset.StandardCharsets;

/**
 * Plain text of an exact size for size-limit tests: paragraphs of distinct sentences (each paragraph names
 * its own invented project) that state facts about technologies of the bundled vocabulary, each framework
 * with the language it is written in, so an import of it stores many facts. ASCII only: characters are bytes.
 */
public final class GeneratedText {

    private static final String[][] FRAMEWORKS = {{"Django", "Python"}, {"FastAPI", "Python"},
            {"Spring Boot", "Java"}, {"Laravel", "PHP"}, {"Symfony", "PHP"}, {"Ktor", "Kotlin"}};
    private static final String[] USES = {"web development", "back end development", "REST APIs",
            "real-time applications", "machine learning", "data science"};
    private static final String[] TRAITS = {"scalability", "a large community", "clean syntax"};
    /** Syllables of the invented project names; none of their joins is a technology's name. */
    private static final String[] SYLLABLES = {"quor", "zint", "vexa", "lumo", "drav", "tesk", "bolv", "serk",
            "mavi", "kelt"};

    private GeneratedText() {
    }

    /** Text of exactly {@code bytes} bytes: whole paragraphs, then blank lines up to the size. */
    public static byte[] ofSize(int bytes) {
        StringBuilder text = new StringBuilder(bytes);
        for (int n = 0; ; n++) {
            String paragraph = paragraph(n);
            if (text.length() + paragraph.length() > bytes) {
                break;
            }
            text.append(paragraph);
        }
        text.append("\n".repeat(bytes - text.length()));
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The {@code n}th paragraph: four sentences naming one invented project, ending in a blank line. */
    public static String paragraph(int n) {
        String[] framework = FRAMEWORKS[n % FRAMEWORKS.length];
        String other = FRAMEWORKS[(n / FRAMEWORKS.length + n + 1) % FRAMEWORKS.length][0];
        String project = project(n);
        return framework[0] + " is a web framework written in " + framework[1] + ". "
                + "The " + project + " team uses " + framework[0] + " for " + USES[(n / 7) % USES.length] + ". "
                + framework[0] + " is known for " + TRAITS[(n / 3) % TRAITS.length] + " among the " + project
                + " maintainers. "
                + (other.equals(framework[0]) ? "" : "In the " + project + " code base, " + framework[0] + " and "
                        + other + " are used together. ")
                + "\n\n";
    }

    /** An invented project name, distinct for every {@code n} ("Quor", "Zintquor", ...). */
    static String project(int n) {
        StringBuilder name = new StringBuilder();
        int rest = n;
        do {
            name.append(SYLLABLES[rest % SYLLABLES.length]);
            rest /= SYLLABLES.length;
        } while (rest > 0);
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name.toString();
    }
}
