/** Use cases: the jobs technologies are used for, their hierarchy, and what suits each. */
package dev.techgraph.api.usecase;
