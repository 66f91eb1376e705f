// Counts, on each fact of a store written before, the documents that state it only with a hedge (every
// statement of it in that document has a qualifier) as `hedged`, and gives each polarity of a (type, ends)
// the other's count as `againstHedged`, as GraphWriter keeps them. Nothing happens on a new store.
MATCH (:Entity)-[r]->(:Entity) WHERE r.fact IS NOT NULL AND r.hedged IS NULL
CALL (r) {
    OPTIONAL MATCH (:Fact {id: r.fact})<-[st:STATES]-(:Sentence)<-[:HAS_SENTENCE]-(d:Document)
    WITH d, count(st) AS statements, count(st.qualifier) AS qualified
    RETURN count(CASE WHEN d IS NOT NULL AND statements = qualified THEN 1 END) AS hedged
}
SET r.hedged = hedged;

MATCH (a:Entity)-[r]->(b:Entity) WHERE r.fact IS NOT NULL AND r.againstHedged IS NULL
WITH a, b, type(r) AS type
MATCH (a)-[x]->(b) WHERE type(x) = type AND x.fact IS NOT NULL
WITH a, b, type, collect(DISTINCT x) AS facts
WITH facts,
     reduce(n = 0, x IN facts | n + CASE WHEN x.polarity = 'positive' THEN x.hedged ELSE 0 END) AS posHedged,
     reduce(n = 0, x IN facts | n + CASE WHEN x.polarity = 'negative' THEN x.hedged ELSE 0 END) AS negHedged
FOREACH (x IN facts | SET x.againstHedged = CASE WHEN x.polarity = 'positive' THEN negHedged ELSE posHedged END);
