// One node per real thing: identity is the normalised key within a kind.
CREATE CONSTRAINT entity_kind_key IF NOT EXISTS FOR (e:Entity) REQUIRE (e.kind, e.key) IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
