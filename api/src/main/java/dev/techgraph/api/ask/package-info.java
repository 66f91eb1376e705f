/** Questions in plain English, answered by reviewed parameterised queries matched by template. */
package dev.techgraph.api.ask;
