/** Entities: search as you type, one entity with its facts, and resolving what name a person means. */
package dev.techgraph.api.entity;
