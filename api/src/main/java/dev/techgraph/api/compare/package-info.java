/** Two technologies side by side: what each is suited for, its traits, and the sentences weighing them. */
package dev.techgraph.api.compare;
