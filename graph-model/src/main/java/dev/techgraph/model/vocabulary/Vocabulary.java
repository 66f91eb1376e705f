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
 * The vocabulary: terms by kind and key, lookup by any surface form, and the organisations that are never
 * technologies.
 *
 * <p>File format, one entry per line, fields separated by {@code " | "}:
 * {@code KIND | Name | alias, alias | options}, where options are space separated:
 * {@code ambiguous}, {@code needs-cue}, {@code lang=Language}, {@code broader=Concept},
 * {@code compiles=Language}. KIND is a {@link Kind} label or {@code Organisation} (an organisation line takes
 * no options). Lines starting with {@code #} are comments.
 *
 * <p>A surface form belongs to one entry: a form listed twice (the same form ignoring case and spacing in one
 * entry, or forms with the same {@link Keys key} in two entries, across all the files of one vocabulary) is
 * an error that names both lines.
 */
public final class Vocabulary {

    /** Classpath location of the bundled vocabulary's core file. */
    public static final String BUNDLED = "dev/techgraph/model/vocabulary.tsv";
    /**
     * Every file of the bundled vocabulary, read in this order as one vocabulary: the curated core, the
     * hand-written long tail of ecosystems, the hand-written field-by-field sweep, the languages taken from
     * GitHub Linguist, the organisations.
     */
    public static final List<String> BUNDLED_FILES = List.of(BUNDLED,
            "dev/techgraph/model/vocabulary-ecosystems.tsv",
            "dev/techgraph/model/vocabulary-fields.tsv",
            "dev/techgraph/model/vocabulary-linguist.tsv",
            "dev/techgraph/model/organisations.tsv");

    private final List<Term> terms;
    private final List<Organisation> organisations;
    private final Map<Kind, Map<String, Term>> byKindAndKey = new HashMap<>();
    private final Map<String, List<Term>> bySurfaceKey = new HashMap<>();
    private final Map<String, Organisation> organisationBySurfaceKey = new HashMap<>();

    private Vocabulary(List<Term> terms, List<Organisation> organisations) {
        this.terms = List.copyOf(terms);
        this.organisations = List.copyOf(organisations);
        for (Organisation organisation : organisations) {
            for (String form : organisation.surfaceForms()) {
                organisationBySurfaceKey.putIfAbsent(Keys.of(form), organisation);
            }
        }
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

    /** The vocabulary shipped in this jar: every file of {@link #BUNDLED_FILES}, as one vocabulary. */
    public static Vocabulary bundled() {
        Loader loader = new Loader();
        for (String resource : BUNDLED_FILES) {
            InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("the bundled vocabulary file " + resource
                        + " is missing from the classpath");
            }
            loader.read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        }
        return loader.vocabulary();
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
        Loader loader = new Loader();
        loader.read(reader, origin);
        return loader.vocabulary();
    }

    /** Reads one or more files into one vocabulary, rejecting a surface form that two lines list. */
    private static final class Loader {

        private record Place(String where, String entry, String form) {
        }

        private final List<Term> terms = new ArrayList<>();
        private final List<Organisation> organisations = new ArrayList<>();
        /** Key of every form read so far, with the line that listed it. */
        private final Map<String, Place> forms = new HashMap<>();

        void read(Reader reader, String origin) {
            try (BufferedReader lines = new BufferedReader(reader)) {
                String line;
                int number = 0;
                while ((line = lines.readLine()) != null) {
                    number++;
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                        continue;
                    }
                    String where = origin + ":" + number;
                    if (isOrganisationLine(trimmed)) {
                        Organisation organisation = parseOrganisation(trimmed, where);
                        claim(organisation.name(), organisation.surfaceForms(), where, false);
                        organisations.add(organisation);
                    } else {
                        Term term = parseLine(trimmed, origin, number);
                        claim(term.kind().label() + " " + term.name(), term.surfaceForms(), where,
                                term.ambiguous());
                        terms.add(term);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read vocabulary " + origin, e);
            }
        }

        /**
         * Records the forms of one entry. Within the entry, spelling variants with one key ("back end",
         * "back-end") are distinct forms, but the same form twice is not (ignoring case, unless the entry is
         * ambiguous: its forms match case-sensitively, so "fastlane" and "Fastlane" differ); across entries
         * one key is one entry.
         */
        private void claim(String entry, List<String> surfaceForms, String where, boolean caseMatters) {
            Map<String, String> own = new HashMap<>();
            for (String form : surfaceForms) {
                String spelled = form.strip().replaceAll("\\s+", " ");
                spelled = caseMatters ? spelled : spelled.toLowerCase(java.util.Locale.ROOT);
                String twice = own.put(spelled, form);
                if (twice != null) {
                    throw new IllegalArgumentException(where + ": '" + form + "' is listed twice in " + entry
                            + "; list each surface form once");
                }
                String key = Keys.of(form);
                Place first = forms.get(key);
                if (first != null && !first.where().equals(where)) {
                    throw new IllegalArgumentException(where + ": '" + form + "' of " + entry
                            + " is already listed at " + first.where() + " as '" + first.form() + "' of "
                            + first.entry() + "; a surface form belongs to one entry, so keep it on one line");
                }
                forms.putIfAbsent(key, new Place(where, entry, form));
            }
        }

        Vocabulary vocabulary() {
            return new Vocabulary(terms, organisations);
        }
    }

    private static boolean isOrganisationLine(String line) {
        String kind = line.split("\\|", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return kind.equals("organisation") || kind.equals("organization");
    }

    private static Organisation parseOrganisation(String line, String where) {
        String[] fields = line.split("\\s*\\|\\s*", -1);
        if (fields.length < 2 || fields.length > 4 || fields[1].isBlank()) {
            throw new IllegalArgumentException(where + ": expected 'Organisation | Name | aliases |', got: " + line);
        }
        if (fields.length == 4 && !fields[3].isBlank()) {
            throw new IllegalArgumentException(where + ": an organisation takes no options, got '" + fields[3]
                    + "'");
        }
        List<String> aliases = new ArrayList<>();
        if (fields.length > 2) {
            for (String alias : fields[2].split(",")) {
                if (!alias.isBlank()) {
                    aliases.add(alias.strip());
                }
            }
        }
        return new Organisation(fields[1].strip(), aliases);
    }

    private static Term parseLine(String line, String origin, int number) {
        String[] fields = line.split("\\s*\\|\\s*", -1);
        if (fields.length < 2 || fields.length > 4) {
            throw new IllegalArgumentException(origin + ":" + number
                    + ": expected 'KIND | Name | aliases | options', got: " + line);
        }
        Kind kind = Kind.parse(fields[0]).orElseThrow(() -> new IllegalArgumentException(origin + ":" + number
                + ": unknown kind '" + fields[0] + "'; use one of " + Kind.allLabels() + " or Organisation"));
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
        boolean needsCue = false;
        String language = null;
        String broader = null;
        String compiles = null;
        if (fields.length > 3) {
            // values may contain spaces ("broader=real-time applications"): an option runs to the next key=
            for (String option : fields[3].strip().split("\\s+(?=(?:ambiguous|needs-cue|lang=|broader=|compiles=))")) {
                String opt = option.strip();
                if (opt.isEmpty()) {
                    continue;
                }
                if (opt.equals("ambiguous")) {
                    ambiguous = true;
                } else if (opt.equals("needs-cue")) {
                    needsCue = true;
                } else if (opt.startsWith("lang=")) {
                    language = opt.substring(5).strip();
                } else if (opt.startsWith("broader=")) {
                    broader = opt.substring(8).strip();
                } else if (opt.startsWith("compiles=")) {
                    compiles = opt.substring(9).strip();
                } else {
                    throw new IllegalArgumentException(origin + ":" + number + ": unknown option '" + opt
                            + "'; use ambiguous, needs-cue, lang=, broader= or compiles=");
                }
            }
        }
        return new Term(kind, name, aliases, ambiguous, language, broader, compiles, needsCue);
    }

    public List<Term> terms() {
        return terms;
    }

    /** The organisations: names that are never technologies. */
    public List<Organisation> organisations() {
        return organisations;
    }

    /** The organisation one of whose surface forms has this normalised form ("Acme Corp", "acme corp"). */
    public Optional<Organisation> organisation(String surface) {
        return Optional.ofNullable(organisationBySurfaceKey.get(Keys.of(surface)));
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
