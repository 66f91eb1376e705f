package dev.techgraph.importer.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;

/**
 * A whole graph as sorted lines, one per node and relationship, with every property but
 * {@code importedAt}: two dumps are equal when the graphs are, whatever the internal ids. List properties
 * are compared as stored: the writer keeps its counted sets (aliases, rules, qualifiers) sorted, with their
 * counts alongside, so their order never depends on the order documents were imported in.
 */
final class GraphDump {

    private GraphDump() {
    }

    static List<String> of(Driver driver) {
        List<String> lines = new ArrayList<>();
        for (Record r : driver.executableQuery("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN n").execute().records()) {
            Node n = r.get("n").asNode();
            List<String> labels = new ArrayList<>();
            n.labels().forEach(labels::add);
            Collections.sort(labels);
            lines.add("node " + identity(n) + " " + labels + " " + properties(n.asMap()));
        }
        for (Record r : driver.executableQuery("""
                MATCH (a)-[r]->(b) WHERE NOT a:__Neo4jMigration AND NOT b:__Neo4jMigration RETURN a, r, b
                """).execute().records()) {
            lines.add("rel " + identity(r.get("a").asNode()) + " -" + r.get("r").asRelationship().type() + "-> "
                    + identity(r.get("b").asNode()) + " " + properties(r.get("r").asRelationship().asMap()));
        }
        Collections.sort(lines);
        return lines;
    }

    /** The lines about fact relationships (between entities). */
    static List<String> facts(List<String> dump) {
        return dump.stream().filter(l -> l.startsWith("rel Entity:")).filter(l -> l.contains("-> Entity:")).toList();
    }

    /** The {@code fact} id a fact relationship's line names, or null. */
    static String factOf(String line) {
        int at = line.indexOf(" fact=");
        if (at < 0) {
            at = line.indexOf("{fact=");
        }
        if (at < 0) {
            return null;
        }
        String rest = line.substring(at + 6);
        int end = rest.indexOf(", ");
        return end < 0 ? rest.substring(0, rest.length() - 1) : rest.substring(0, end);
    }

    /** The identity part of a dump line: what it is about, without its properties. */
    static String identity(String line) {
        int brace = line.indexOf(" {");
        String head = brace < 0 ? line : line.substring(0, brace);
        return head.startsWith("node ") ? head.substring(0, head.lastIndexOf(" [")) : head;
    }

    static String identity(Node n) {
        if (n.hasLabel("Entity")) {
            return "Entity:" + n.get("kind").asString() + "/" + n.get("key").asString();
        }
        return n.labels().iterator().next() + ":" + n.get("id").asString();
    }

    private static String properties(Map<String, Object> map) {
        Map<String, Object> sorted = new TreeMap<>(map);
        sorted.remove("importedAt");
        return sorted.toString();
    }

}
