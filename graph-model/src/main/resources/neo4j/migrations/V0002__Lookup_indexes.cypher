// Lookups by key within one kind label, by display name, and of documents by source.
CREATE INDEX entity_key IF NOT EXISTS FOR (e:Entity) ON (e.key);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX language_key IF NOT EXISTS FOR (e:Language) ON (e.key);
CREATE INDEX framework_key IF NOT EXISTS FOR (e:Framework) ON (e.key);
CREATE INDEX runtime_key IF NOT EXISTS FOR (e:Runtime) ON (e.key);
CREATE INDEX library_key IF NOT EXISTS FOR (e:Library) ON (e.key);
CREATE INDEX tool_key IF NOT EXISTS FOR (e:Tool) ON (e.key);
CREATE INDEX usecase_key IF NOT EXISTS FOR (e:UseCase) ON (e.key);
CREATE INDEX trait_key IF NOT EXISTS FOR (e:Trait) ON (e.key);
CREATE INDEX document_source IF NOT EXISTS FOR (d:Document) ON (d.source);
