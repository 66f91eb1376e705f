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
 *       {@code contested}.</li>
 * </ul>
 *
 * Reading it costs four properties of one relationship: bounded whatever the corpus size.
 */
public final class Stance {

    public static final String SUPPORTED = "supported";
    public static final String CONTESTED = "contested";
    public static final String DENIED = "denied";

    /** What a contested or opposed fact cites of the other side, per fact at most. */
    public static final int MAX_AGAINST = EvidenceQueries.MAX;

    private Stance() {
    }

    /**
     * A Cypher expression giving the stance map of the fact relationship {@code r} (a variable name written
     * in this code): {@code documentsFor, hedgedFor, documentsAgainst, hedgedAgainst, score, verdict}, seen
     * from the positive side whatever {@code r}'s polarity.
     */
    public static String of(String r) {
        return """
                [c IN [CASE %1$s.polarity WHEN 'negative'
                         THEN [%1$s.against, coalesce(%1$s.againstHedged, 0), %1$s.weight, coalesce(%1$s.hedged, 0)]
                         ELSE [%1$s.weight, coalesce(%1$s.hedged, 0), %1$s.against, coalesce(%1$s.againstHedged, 0)] END] |
                  [w IN [[c[0] - 0.5 * c[1], c[2] - 0.5 * c[3]]] |
                    {documentsFor: c[0], hedgedFor: c[1], documentsAgainst: c[2], hedgedAgainst: c[3],
                     score: w[0] - w[1],
                     verdict: CASE WHEN w[1] = 0 OR w[0] >= 2 * w[1] THEN 'supported'
                                   WHEN w[0] = 0 OR w[1] >= 2 * w[0] THEN 'denied'
                                   ELSE 'contested' END}][0]][0]""".formatted(r);
    }

    /**
     * The evidence of the other side of {@code r}: the sentences stating the opposite polarity, through the
     * opposite fact's id (built from {@code r.fact} by swapping its polarity suffix), at most
     * {@link #MAX_AGAINST}.
     */
    public static String opposing(String r) {
        return EvidenceQueries.cypher("[CASE " + r + ".polarity WHEN 'positive' THEN left(" + r + ".fact, size("
                + r + ".fact) - 8) + 'negative' ELSE left(" + r + ".fact, size(" + r + ".fact) - 8) + 'positive' END]");
    }
}
