/** Technologies: filtered by kind and by what they are suited for, with the sentences that say so. */
package dev.techgraph.api.technology;
