/** Similar technologies: those that share use cases, traits, languages and runtimes with one. */
package dev.techgraph.api.similar;
