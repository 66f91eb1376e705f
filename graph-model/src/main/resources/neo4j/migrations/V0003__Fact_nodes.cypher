// Evidence as structure: one :Fact node per fact (type, ends, polarity), which the sentences that state it
// point to with STATES; the typed relationship between the entities names it in its `fact` property.
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (f:Fact) REQUIRE f.id IS UNIQUE;
// Large documents are written in pieces under :StagedDocument and removed in pieces as :RetiredDocument.
CREATE INDEX staged_document_id IF NOT EXISTS FOR (d:StagedDocument) ON (d.id);
CREATE INDEX retired_document_id IF NOT EXISTS FOR (d:RetiredDocument) ON (d.id);
