// Moves the support lists of a store written before V0003 into graph structure: each entry
// "sentenceId|ruleId|qualifier" of a fact's `support` becomes part of one STATES relationship from its
// sentence to the fact's :Fact node (one per sentence and fact, its rules merged, its least qualifier).
// The fact keeps only counters: weight (documents), against, sentences, rules and qualifier with their
// per-document counts. The fact id is built as GraphWriter builds it. Nothing happens on a new store.
MATCH (a:Entity)-[r]->(b:Entity) WHERE r.support IS NOT NULL
WITH a, r, b, type(r) + ':' + a.kind + '/' + a.key + '->' + b.kind + '/' + b.key + ':' + r.polarity AS id
MERGE (f:Fact {id: id})
ON CREATE SET f.type = type(r), f.polarity = r.polarity, f.sourceKind = a.kind, f.sourceKey = a.key,
    f.targetKind = b.kind, f.targetKey = b.key
SET r.fact = id
WITH r, f
UNWIND r.support AS entry
WITH r, f, split(entry, '|') AS part
WITH r, f, part ORDER BY part[1]
WITH r, f, part[0] AS sentence, collect(DISTINCT part[1]) AS rules,
     min(CASE WHEN part[2] = '' THEN null ELSE part[2] END) AS qualifier
MATCH (s:Sentence {id: sentence})
CREATE (s)-[:STATES {polarity: r.polarity, rules: rules, qualifier: qualifier}]->(f);

MATCH (:Entity)-[r]->(:Entity) WHERE r.support IS NOT NULL
MATCH (f:Fact {id: r.fact})<-[st:STATES]-(:Sentence)<-[:HAS_SENTENCE]-(d:Document)
WITH r, d, count(st) AS n, collect(st.rules) AS ruleLists, collect(DISTINCT st.qualifier) AS qualifiers
WITH r, d, n, qualifiers, reduce(acc = [], x IN ruleLists | acc + [y IN x WHERE NOT y IN acc]) AS rules
WITH r, count(d) AS documents, sum(n) AS sentences, collect(rules) AS ruleSets, collect(qualifiers) AS qualifierSets
CALL (ruleSets) {
    UNWIND ruleSets AS set UNWIND set AS rule
    WITH rule, count(*) AS n ORDER BY rule
    RETURN collect(rule) AS rules, collect(n) AS ruleDocs
}
CALL (qualifierSets) {
    UNWIND qualifierSets AS set UNWIND set AS qualifier
    WITH qualifier, count(*) AS n ORDER BY qualifier
    RETURN collect(qualifier) AS qualifiers, collect(n) AS qualifierDocs
}
SET r.weight = documents, r.sentences = sentences, r.rules = rules, r.ruleDocs = ruleDocs,
    r.qualifiers = qualifiers, r.qualifierDocs = qualifierDocs, r.qualifier = head(qualifiers), r.against = 0
REMOVE r.support, r.evidence;

MATCH (a:Entity)-[r]->(b:Entity) WHERE r.fact IS NOT NULL
WITH a, b, type(r) AS type, collect(r) AS facts
WITH facts,
     reduce(n = 0, x IN facts | n + CASE WHEN x.polarity = 'positive' THEN x.weight ELSE 0 END) AS pos,
     reduce(n = 0, x IN facts | n + CASE WHEN x.polarity = 'negative' THEN x.weight ELSE 0 END) AS neg
FOREACH (x IN facts | SET x.against = CASE WHEN x.polarity = 'positive' THEN neg ELSE pos END);

MATCH (e:Entity) WHERE e.aliasCounts IS NULL
CALL (e) {
    OPTIONAL MATCH (:Sentence)-[m:MENTIONS]->(e)
    WITH m.surface AS surface, count(m) AS n
    WHERE surface IS NOT NULL
    WITH surface, n ORDER BY surface
    RETURN collect(surface) AS aliases, collect(n) AS aliasCounts, sum(n) AS mentions
}
SET e.aliases = aliases, e.aliasCounts = aliasCounts, e.mentions = mentions;
