package dev.techgraph.api.cypher;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Neo4j values as plain JSON values: nodes as {@code {"_type":"node","id","labels","properties"}},
 * relationships as {@code {"_type":"relationship","id","type","start","end","properties"}}, paths as
 * {@code {"_type":"path","nodes","relationships"}}, temporal values as ISO strings, bytes as Base64.
 * Lists are cut at {@link #MAX_LIST} elements so one huge value cannot swamp a response.
 */
final class CypherValues {

    static final int MAX_LIST = 10_000;
    @SuppressWarnings("deprecation")
    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private CypherValues() {
    }

    static Object toJson(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        var type = value.type();
        if (type.equals(TYPES.BOOLEAN())) {
            return value.asBoolean();
        }
        if (type.equals(TYPES.INTEGER())) {
            return value.asLong();
        }
        if (type.equals(TYPES.FLOAT())) {
            double d = value.asDouble();
            return Double.isFinite(d) ? d : String.valueOf(d);
        }
        if (type.equals(TYPES.STRING())) {
            return value.asString();
        }
        if (type.equals(TYPES.NODE())) {
            return node(value.asNode());
        }
        if (type.equals(TYPES.RELATIONSHIP())) {
            return relationship(value.asRelationship());
        }
        if (type.equals(TYPES.PATH())) {
            Path path = value.asPath();
            List<Object> nodes = new ArrayList<>();
            path.nodes().forEach(n -> nodes.add(node(n)));
            List<Object> rels = new ArrayList<>();
            path.relationships().forEach(r -> rels.add(relationship(r)));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("_type", "path");
            out.put("nodes", nodes);
            out.put("relationships", rels);
            return out;
        }
        if (type.equals(TYPES.LIST())) {
            List<Object> out = new ArrayList<>();
            for (Value v : value.values()) {
                if (out.size() == MAX_LIST) {
                    break;
                }
                out.add(toJson(v));
            }
            return out;
        }
        if (type.equals(TYPES.MAP())) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String key : value.keys()) {
                out.put(key, toJson(value.get(key)));
            }
            return out;
        }
        if (type.equals(TYPES.BYTES())) {
            return Base64.getEncoder().encodeToString(value.asByteArray());
        }
        if (type.equals(TYPES.POINT())) {
            var p = value.asPoint();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("srid", p.srid());
            out.put("x", p.x());
            out.put("y", p.y());
            if (!Double.isNaN(p.z())) {
                out.put("z", p.z());
            }
            return out;
        }
        // dates, times, durations: their ISO text
        return value.toString().replaceAll("^\"|\"$", "");
    }

    private static Map<String, Object> node(Node n) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_type", "node");
        out.put("id", n.elementId());
        List<String> labels = new ArrayList<>();
        n.labels().forEach(labels::add);
        out.put("labels", labels);
        out.put("properties", properties(n.asMap(v -> v)));
        return out;
    }

    private static Map<String, Object> relationship(Relationship r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_type", "relationship");
        out.put("id", r.elementId());
        out.put("type", r.type());
        out.put("start", r.startNodeElementId());
        out.put("end", r.endNodeElementId());
        out.put("properties", properties(r.asMap(v -> v)));
        return out;
    }

    private static Map<String, Object> properties(Map<String, Value> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, toJson(v)));
        return out;
    }
}
