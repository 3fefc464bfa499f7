package io.platform.iam;

import io.platform.json.StableJson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An IAM / KMS / bucket policy document, rendered with Jackson — never by string
 * concatenation, so an ARN with a quote in it cannot change the policy's meaning.
 */
public final class PolicyDocument {
    private final List<Statement> statements = new ArrayList<>();

    public static PolicyDocument create() {
        return new PolicyDocument();
    }

    public PolicyDocument statement(Statement statement) {
        statements.add(statement);
        return this;
    }

    public String toJson() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("Version", "2012-10-17");
        doc.put("Statement", statements.stream().map(Statement::toMap).toList());
        return StableJson.write(doc);
    }

    /** One statement; build with {@link #allow(String)} or {@link #deny(String)}. */
    public static final class Statement {
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private final Map<String, Map<String, Object>> conditions = new LinkedHashMap<>();

        private Statement(String sid, String effect) {
            fields.put("Sid", sid);
            fields.put("Effect", effect);
        }

        public static Statement allow(String sid) {
            return new Statement(sid, "Allow");
        }

        public static Statement deny(String sid) {
            return new Statement(sid, "Deny");
        }

        public Statement actions(String... actions) {
            fields.put("Action", oneOrMany(List.of(actions)));
            return this;
        }

        public Statement actions(List<String> actions) {
            fields.put("Action", oneOrMany(actions));
            return this;
        }

        public Statement resources(String... resources) {
            fields.put("Resource", oneOrMany(List.of(resources)));
            return this;
        }

        public Statement resources(List<String> resources) {
            fields.put("Resource", oneOrMany(resources));
            return this;
        }

        public Statement servicePrincipal(String... services) {
            fields.put("Principal", Map.of("Service", oneOrMany(List.of(services))));
            return this;
        }

        public Statement awsPrincipal(String... arns) {
            fields.put("Principal", Map.of("AWS", oneOrMany(List.of(arns))));
            return this;
        }

        public Statement federatedPrincipal(String arn) {
            fields.put("Principal", Map.of("Federated", arn));
            return this;
        }

        /** Any principal; only ever used together with a condition (e.g. a TLS-only deny). */
        public Statement anyPrincipal() {
            fields.put("Principal", "*");
            return this;
        }

        public Statement condition(String operator, String key, Object value) {
            conditions.computeIfAbsent(operator, o -> new LinkedHashMap<>()).put(key, value);
            return this;
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>(fields);
            if (!conditions.isEmpty()) {
                map.put("Condition", conditions);
            }
            return map;
        }

        private static Object oneOrMany(List<String> values) {
            return values.size() == 1 ? values.get(0) : List.copyOf(values);
        }
    }
}
