package dev.techgraph.store.read;

/**
 * The stance of a fact, by document: the one scoring function every answer uses (technologies, use cases,
 * compare, similar, ask, entities), so a fact scores the same wherever it appears.
 *
 * <p>A fact here is a (subject, relationship, object); its positive and its negative relationship carry the
 * counts of both sides (the writer keeps them exact): {@code weight} documents state the relationship's own
 * polarity, {@code hedged} of them only with a hedge ("with async frameworks", "not as fast"), and
 * {@code against}/{@code againstHedged} the same for the opposite polarity. A document counts once however
 * often it repeats itself. From either relationship:
 *
 * <ul>
 *   <li>{@code support} = documents for − ½ × hedged ones, {@code denial} = documents against − ½ × hedged
 *       ones: a conditional statement is worth half a plain one;</li>
 *   <li>{@code score} = support − denial (net document support; negative when the texts deny it);</li>
 *   <li>{@code verdict}: {@code supported} when nothing denies it or support is at least twice the denial,
 *       {@code denied} when nothing supports it or denial is at least twice the support, else
 *       {@code contested};</li>
 *   <li>{@code conditional}: every document for it hedges.</li>
 * </ul>
 *
 * <p>An answer of the asked polarity ({@code $polarity}) puts each fact in one {@link #list} of three: the
 * plain answers ({@code supported} and not only conditional for positive questions, {@code denied} for
 * negative ones), {@code conditional}, or {@code contested}; a fact the texts settle the other way is in
 * none, so a denied fact is never a positive answer. Reading a stance costs four properties of one
 * relationship: bounded whatever the corpus size.
 */
public final class Stance {

    public static final String SUPPORTED = "supported";
    public static final String CONTESTED = "contested";
    public static final String DENIED = "denied";

    private Stance() {
    }

    /**
     * A Cypher expression giving the stance map of the fact relationship {@code r} (a variable name written
     * in this code): {@code documentsFor, hedgedFor, documentsAgainst, hedgedAgainst, score, conditional,
     * verdict}, seen from the positive side whatever {@code r}'s polarity.
     */
    public static String of(String r) {
        return """
                [c IN [CASE %1$s.polarity WHEN 'negative'
                         THEN [%1$s.against, coalesce(%1$s.againstHedged, 0), %1$s.weight, coalesce(%1$s.hedged, 0)]
                         ELSE [%1$s.weight, coalesce(%1$s.hedged, 0), %1$s.against, coalesce(%1$s.againstHedged, 0)] END] |
                  [w IN [[c[0] - 0.5 * c[1], c[2] - 0.5 * c[3]]] |
                    {documentsFor: c[0], hedgedFor: c[1], documentsAgainst: c[2], hedgedAgainst: c[3],
                     score: w[0] - w[1], conditional: c[0] > 0 AND c[1] = c[0],
                     verdict: CASE WHEN w[1] = 0 OR w[0] >= 2 * w[1] THEN 'supported'
                                   WHEN w[0] = 0 OR w[1] >= 2 * w[0] THEN 'denied'
                                   ELSE 'contested' END}][0]][0]""".formatted(r);
    }

    /**
     * The list ({@code plain}, {@code conditional}, {@code contested}, or null for none) that a fact of stance
     * map {@code stance} belongs to in an answer of polarity {@code $polarity}.
     */
    public static String list(String stance) {
        return """
                CASE WHEN %1$s.verdict = 'contested' THEN 'contested'
                     WHEN $polarity = 'negative' AND %1$s.verdict = 'denied' THEN 'plain'
                     WHEN $polarity = 'positive' AND %1$s.verdict = 'supported'
                       THEN CASE WHEN %1$s.conditional THEN 'conditional' ELSE 'plain' END
                END""".formatted(stance);
    }

    /** How an answer of polarity {@code $polarity} ranks a fact of stance map {@code stance}, best highest. */
    public static String rank(String stance) {
        return "CASE $polarity WHEN 'negative' THEN -" + stance + ".score ELSE " + stance + ".score END";
    }

    /**
     * An answer row with the sentences of both sides of its facts ({@code row.facts}, each with the ids of
     * its {@code own} and {@code other} fact relationships): {@code evidence} states the asked polarity,
     * {@code against} the other, at most {@link EvidenceQueries#MAX} each.
     */
    public static String withEvidence(String row) {
        return row + " {.*, evidence: " + EvidenceQueries.cypher("[f IN " + row + ".facts WHERE f.own IS NOT NULL | f.own]")
                + ", against: " + EvidenceQueries.cypher("[f IN " + row + ".facts WHERE f.other IS NOT NULL | f.other]")
                + "}";
    }

    /**
     * Per (subject, type, object) group of fact relationships {@code pair} (one or both polarities), the
     * columns {@code own} and {@code other} (the relationship of the asked polarity and of the other one),
     * {@code stance}, {@code list} and {@code rank}: a WITH clause fragment keeping {@code keep} as well.
     */
    public static String classify(String keep, String pair) {
        return """
                WITH %1$s, %2$s[0] AS r0, [x IN %2$s WHERE x.polarity = $polarity][0] AS own,
                     [x IN %2$s WHERE x.polarity <> $polarity][0] AS other
                WITH %1$s, own, other, %3$s AS stance
                WITH %1$s, own, other, stance, %4$s AS list, %5$s AS rank
                WHERE list IS NOT NULL
                """.formatted(keep, pair, of("r0"), list("stance"), rank("stance"));
    }
}
