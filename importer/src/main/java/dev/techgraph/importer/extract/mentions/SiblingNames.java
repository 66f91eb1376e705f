package dev.techgraph.importer.extract.mentions;

import dev.techgraph.importer.extract.text.Token;
import dev.techgraph.model.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unknown names coordinated with known technologies: in "Zorbit, Kestrel and Quux" a writer lists things of
 * one sort, so when at least two listed siblings are known technologies and all of them share one kind, an
 * unknown capitalised (or dotted, or identifier-shaped) item takes that kind. One known sibling is not
 * enough: "Kestrel and Acme" pairs a technology with its maker as often as with a peer. An ambiguous
 * vocabulary name listed among peers of its own kind is supported by the list as a discovered name would be.
 */
final class SiblingNames {

    /** A known technology's tokens in a sentence, with its kind; {@code guarded} when its name is ambiguous. */
    record Known(int from, int to, Kind kind, boolean guarded) {
    }

    /** A list item: its tokens, and the known technology there ({@code null} for an unknown name). */
    private record Item(int from, int to, Known known) {
    }

    private static final int MAX_NAME_WORDS = 3;
    private static final int MIN_KNOWN = 2;

    private SiblingNames() {
    }

    /**
     * Names found in one sentence; {@code known[i]} marks tokens any vocabulary entry matched. A name only a pair
     * with one known technology gives goes to {@code paired}: the document must write it again to make it one.
     */
    static Map<String, Kind> discover(List<Token> tokens, boolean[] known, List<Known> technologies,
                                      Map<String, Kind> paired) {
        Map<String, Kind> found = new LinkedHashMap<>();
        if (technologies.isEmpty()) {
            return found;
        }
        Known[] startsAt = new Known[tokens.size()];
        for (Known k : technologies) {
            startsAt[k.from()] = k;
        }
        int i = 0;
        while (i < tokens.size()) {
            List<Item> list = readList(tokens, known, startsAt, i);
            if (list.size() >= 2) {
                typeUnknowns(tokens, list, found, paired);
                i = list.get(list.size() - 1).to();
            } else {
                i++;
            }
        }
        return found;
    }

    /** The items of a list starting at {@code i}, joined by ",", "and", "or" (", and" too); empty when none. */
    private static List<Item> readList(List<Token> tokens, boolean[] known, Known[] startsAt, int i) {
        List<Item> items = new ArrayList<>();
        int at = i;
        while (at < tokens.size()) {
            Item item = item(tokens, known, startsAt, at);
            if (item == null) {
                break;
            }
            items.add(item);
            int next = separatorEnd(tokens, item.to());
            if (next < 0) {
                break;
            }
            at = next;
        }
        if (items.size() < 2) {
            return List.of();
        }
        return items;
    }

    private static Item item(List<Token> tokens, boolean[] known, Known[] startsAt, int at) {
        if (startsAt[at] != null) {
            return new Item(at, startsAt[at].to(), startsAt[at]);
        }
        int end = nameEnd(tokens, known, at);
        return end < 0 ? null : new Item(at, end, null);
    }

    /**
     * The end of an unknown name of at most {@value #MAX_NAME_WORDS} name-like words no vocabulary entry matched,
     * starting at {@code at}; -1 when there is none.
     */
    static int nameEnd(List<Token> tokens, boolean[] known, int at) {
        int end = at;
        while (end < tokens.size() && !known[end] && NameDiscovery.looksLikeNameWord(tokens.get(end))) {
            end++;
        }
        return end == at || end - at > MAX_NAME_WORDS ? -1 : end;
    }

    /**
     * The kind a list of items agrees on ({@code null} entries are unknown names): at least two plain known
     * technologies, all of one kind; {@code null} when they are fewer or differ.
     */
    static Kind agreedKind(List<Known> items) {
        Kind kind = null;
        int knownCount = 0;
        for (Known k : items) {
            if (k == null || k.guarded()) {
                continue;
            }
            if (kind != null && kind != k.kind()) {
                return null; // siblings of different kinds say nothing of the unknown one's kind
            }
            kind = k.kind();
            knownCount++;
        }
        return knownCount >= MIN_KNOWN ? kind : null;
    }

    /**
     * The kind plain known technologies agree on, however few (one is enough where the writer's layout, not a
     * list, makes them peers); {@code null} when there are none or they differ.
     */
    static Kind agreedKindOfAny(List<Known> items) {
        Kind kind = null;
        for (Known k : items) {
            if (kind != null && kind != k.kind()) {
                return null;
            }
            kind = k.kind();
        }
        return kind;
    }

    /**
     * Whether an item of a list agreeing on {@code kind} takes that kind: an unknown name, or an ambiguous
     * vocabulary name ("Black") listed among peers of its own kind, which the list supports.
     */
    static boolean takesKind(Known item, Kind kind) {
        return item == null || item.guarded() && item.kind() == kind;
    }

    /**
     * "Kestrel or Zorbit", "Kestrel and Zorbit": a pair joined by "and"/"or" alone, one plain known technology
     * and one unknown name, names the unknown one with the known one's kind. A maker or a person pairs with a
     * technology too ("Kestrel and Acme", "thanks to Kestrel and Maria"), so the caller keeps such a name only
     * when the document writes it more than once.
     */
    private static Kind pairKind(List<Token> tokens, List<Item> list) {
        Item first = list.get(0);
        Item second = list.get(1);
        if (first.to() + 1 != second.from() || !(tokens.get(first.to()).is("and") || tokens.get(first.to()).is("or"))) {
            return null;
        }
        Item known = first.known() != null ? first : second;
        Item unknown = first.known() != null ? second : first;
        if (known.known() == null || known.known().guarded() || unknown.known() != null
                || !Character.isLetter(tokens.get(unknown.from()).text().charAt(0))
                || NameDiscovery.acronym(tokens.get(unknown.from()))) {
            return null; // "Kestrel and REST", "Kestrel 2 and 3": protocols and versions pair with peers too
        }
        return known.known().kind();
    }

    /** Position after a list separator at {@code at}, or -1. */
    private static int separatorEnd(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return -1;
        }
        int j = at;
        if (tokens.get(j).is(",")) {
            j++;
        }
        if (j < tokens.size() && (tokens.get(j).is("and") || tokens.get(j).is("or"))) {
            j++;
        }
        return j > at && j < tokens.size() ? j : -1;
    }

    private static void typeUnknowns(List<Token> tokens, List<Item> list, Map<String, Kind> found,
                                     Map<String, Kind> paired) {
        Kind kind = agreedKind(list.stream().map(Item::known).toList());
        if (kind == null && list.size() == 2) {
            kind = pairKind(tokens, list);
            found = kind == null ? found : paired;
        }
        if (kind == null) {
            return;
        }
        for (Item item : list) {
            // a capitalised first word of a sentence may be capitalised only for being first
            if (takesKind(item.known(), kind) && item.from() > 0) {
                found.putIfAbsent(Token.join(tokens, item.from(), item.to()), kind);
            }
        }
    }
}
