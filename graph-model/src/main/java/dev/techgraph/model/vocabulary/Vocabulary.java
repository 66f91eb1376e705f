package dev.techgraph.model.vocabulary;

import dev.techgraph.model.Keys;
import dev.techgraph.model.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vocabulary: terms by kind and key, and lookup by any surface form.
 *
 * <p>File format, one entry per line, fields separated by {@code " | "}:
 * {@code KIND | Name | alias, alias | options}, where options are space separated:
 * {@code ambiguous}, {@code lang=Language}, {@code broader=Concept}, {@code compiles=Language}.
 * Lines starting with {@code #} are comments.
 */
public final class Vocabulary {

    /** Classpath location of the bundled vocabulary. */
    public static final String BUNDLED = "dev/techgraph/model/vocabulary.tsv";

    private final List<Term> terms;
    private final Map<Kind, Map<String, Term>> byKindAndKey = new HashMap<>();
    private final Map<String, List<Term>> bySurfaceKey = new HashMap<>();

    private Vocabulary(List<Term> terms) {
        this.terms = List.copyOf(terms);
        for (Term term : terms) {
            byKindAndKey.computeIfAbsent(term.kind(), k -> new HashMap<>()).putIfAbsent(term.key(), term);
            for (String form : term.surfaceForms()) {
                List<Term> list = bySurfaceKey.computeIfAbsent(Keys.of(form), k -> new ArrayList<>());
                if (!list.contains(term)) {
                    list.add(term);
                }
            }
        }
    }

    /** The vocabulary in {@code file} (the configured {@code TECHGRAPH_VOCABULARY}), or the bundled one when null. */
    public static Vocabulary load(Path file) {
        return file == null ? bundled() : fromFile(file);
    }

    /** The vocabulary shipped in this jar. */
    public static Vocabulary bundled() {
        InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("the bundled vocabulary " + BUNDLED + " is missing from the classpath");
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
    }

    public static Vocabulary fromFile(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses vocabulary text; {@code origin} names it in error messages. */
    public static Vocabulary parse(Reader reader, String origin) {
        List<Term> terms = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                terms.add(parseLine(trimmed, origin, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + origin, e);
        }
        return new Vocabulary(terms);
    }

    private static Term parseLine(String line, String origin, int number) {
        String[] fields = line.split("\\s*\\|\\s*", -1);
        if (fields.length < 2 || fields.length > 4) {
            throw new IllegalArgumentException(origin + ":" + number
                    + ": expected 'KIND | Name | aliases | options', got: " + line);
        }
        Kind kind = Kind.parse(fields[0]).orElseThrow(() -> new IllegalArgumentException(origin + ":" + number
                + ": unknown kind '" + fields[0] + "'; use one of " + Kind.allLabels()));
        String name = fields[1].strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException(origin + ":" + number + ": the name is empty");
        }
        List<String> aliases = new ArrayList<>();
        if (fields.length > 2) {
            for (String alias : fields[2].split(",")) {
                if (!alias.isBlank()) {
                    aliases.add(alias.strip());
                }
            }
        }
        boolean ambiguous = false;
        String language = null;
        String broader = null;
        String compiles = null;
        if (fields.length > 3) {
            // values may contain spaces ("broader=real-time applications"): an option runs to the next key=
            for (String option : fields[3].strip().split("\\s+(?=(?:ambiguous|lang=|broader=|compiles=))")) {
                String opt = option.strip();
                if (opt.isEmpty()) {
                    continue;
                }
                if (opt.equals("ambiguous")) {
                    ambiguous = true;
                } else if (opt.startsWith("lang=")) {
                    language = opt.substring(5).strip();
                } else if (opt.startsWith("broader=")) {
                    broader = opt.substring(8).strip();
                } else if (opt.startsWith("compiles=")) {
                    compiles = opt.substring(9).strip();
                } else {
                    throw new IllegalArgumentException(origin + ":" + number + ": unknown option '" + opt
                            + "'; use ambiguous, lang=, broader= or compiles=");
                }
            }
        }
        return new Term(kind, name, aliases, ambiguous, language, broader, compiles);
    }

    public List<Term> terms() {
        return terms;
    }

    /** The term of this kind and key (a Framework lookup also finds a Runtime). */
    public Optional<Term> find(Kind kind, String key) {
        Term term = byKindAndKey.getOrDefault(kind, Map.of()).get(key);
        if (term == null && kind == Kind.FRAMEWORK) {
            term = byKindAndKey.getOrDefault(Kind.RUNTIME, Map.of()).get(key);
        }
        return Optional.ofNullable(term);
    }

    /** Every term one of whose surface forms has this normalised form. */
    public List<Term> bySurface(String surface) {
        return Collections.unmodifiableList(bySurfaceKey.getOrDefault(Keys.of(surface), List.of()));
    }

    /** The first term of the given kinds whose surface forms include {@code surface}. */
    public Optional<Term> lookup(String surface, Set<Kind> kinds) {
        return bySurface(surface).stream().filter(t -> kinds.contains(t.kind())).findFirst();
    }

    /** The concept and all concepts narrower than it, transitively (by {@code broader=}). */
    public Set<Term> narrowerOrSelf(Term concept) {
        Set<Term> out = new LinkedHashSet<>();
        out.add(concept);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Term t : terms) {
                if (t.broader() != null && !out.contains(t)) {
                    Optional<Term> parent = find(t.kind(), Keys.of(t.broader()));
                    if (parent.isPresent() && out.contains(parent.get())) {
                        out.add(t);
                        grew = true;
                    }
                }
            }
        }
        return out;
    }

    public int size() {
        return terms.size();
    }
}
