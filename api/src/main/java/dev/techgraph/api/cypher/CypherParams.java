package dev.techgraph.api.cypher;

import dev.techgraph.api.error.ApiException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Bounds on a console query's parameters: they are values the query can grow, so they stay small. */
final class CypherParams {

    static final int MAX_PARAMS = 100;
    static final int MAX_STRING = 10_000;
    static final int MAX_VALUES = 10_000;
    static final int MAX_DEPTH = 5;

    private CypherParams() {
    }

    static void check(Map<String, Object> params) {
        if (params.size() > MAX_PARAMS) {
            throw refused("at most " + MAX_PARAMS + " parameters are allowed, got " + params.size());
        }
        int[] values = {0};
        params.forEach((name, value) -> check(name, value, 0, values));
    }

    private static void check(String name, Object value, int depth, int[] values) {
        if (++values[0] > MAX_VALUES) {
            throw refused("the parameters hold more than " + MAX_VALUES + " values");
        }
        if (depth > MAX_DEPTH) {
            throw refused("parameter " + name + " nests lists or maps deeper than " + MAX_DEPTH + " levels");
        }
        if (value instanceof CharSequence s && s.length() > MAX_STRING) {
            throw refused("parameter " + name + " is a string of " + s.length() + " characters; at most "
                    + MAX_STRING + " are allowed");
        } else if (value instanceof Collection<?> list) {
            for (Object item : list) {
                check(name, item, depth + 1, values);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Object item : map.values()) {
                check(name, item, depth + 1, values);
            }
        }
    }

    private static ApiException refused(String message) {
        return ApiException.badRequest(message, List.of("parameters are small values: names, keys, limits"));
    }
}
