/** Where facts come from: the sentences and documents every answer cites as evidence. */
package dev.techgraph.api.provenance;
