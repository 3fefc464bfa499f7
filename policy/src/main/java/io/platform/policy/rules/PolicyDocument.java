package io.platform.policy.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads IAM-style JSON policy documents (bucket, identity and trust policies). */
public final class PolicyDocument {
    private PolicyDocument() {
    }

    /**
     * One statement. {@code principals} maps a principal kind ({@code AWS}, {@code Service},
     * {@code Federated}, or {@code *} for {@code "Principal": "*"}) to its values.
     */
    public record Statement(String label, boolean allow, Map<String, List<String>> principals, List<String> actions,
                     List<String> notActions, List<String> resources, JsonNode condition) {

        public boolean hasCondition() {
            return condition != null && condition.isObject() && condition.size() > 0;
        }

        /** {@code "Principal": "*"} or {@code {"AWS": "*"}}: everyone. */
        public boolean principalIsEveryone() {
            return principals.containsKey("*") || principals.getOrDefault("AWS", List.of()).contains("*");
        }

        public boolean hasAction(String action) {
            return actions.stream().anyMatch(a -> a.equalsIgnoreCase(action));
        }

        /**
         * Whether this statement allows {@code action} (a concrete action like {@code kms:Decrypt}): an
         * Allow whose Action patterns match it (IAM wildcards, case-insensitive), or whose NotAction does not.
         */
        public boolean allowsAction(String action) {
            if (!allow) {
                return false;
            }
            if (!actions.isEmpty()) {
                return actions.stream().anyMatch(a -> matches(a, action));
            }
            return !notActions.isEmpty() && notActions.stream().noneMatch(a -> matches(a, action));
        }

        /** Resource {@code "*"} (or no Resource at all, as in resource policies' NotResource forms). */
        public boolean onAllResources() {
            return resources.contains("*");
        }

        /** The resources that name no particular resource: {@code "*"}, or an ARN ending in {@code *} of its type. */
        public List<String> broadResources() {
            return resources.stream().filter(PolicyDocument::isBroadResource).toList();
        }

        /** Every condition key under any operator, lower-cased (IAM compares keys case-insensitively). */
        public java.util.Set<String> conditionKeys() {
            java.util.Set<String> out = new java.util.TreeSet<>();
            if (hasCondition()) {
                condition.elements().forEachRemaining(op -> op.fieldNames()
                        .forEachRemaining(k -> out.add(k.toLowerCase(Locale.ROOT))));
            }
            return out;
        }

        /** Values of a condition key under any operator (keys compare case-insensitively, as IAM does). */
        public List<String> conditionValues(String operatorPrefix, String key) {
            List<String> out = new ArrayList<>();
            if (!hasCondition()) {
                return out;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = condition.fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!op.getKey().toLowerCase(Locale.ROOT).startsWith(operatorPrefix.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (Iterator<Map.Entry<String, JsonNode>> keys = op.getValue().fields(); keys.hasNext(); ) {
                    Map.Entry<String, JsonNode> k = keys.next();
                    if (k.getKey().equalsIgnoreCase(key)) {
                        out.addAll(strings(k.getValue()));
                    }
                }
            }
            return out;
        }

        /** Condition keys (any operator) ending with {@code suffix}, e.g. {@code :sub}, with their values. */
        public Map<String, List<String>> conditionKeysEndingWith(String suffix) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            if (!hasCondition()) {
                return out;
            }
            for (Iterator<JsonNode> ops = condition.elements(); ops.hasNext(); ) {
                for (Iterator<Map.Entry<String, JsonNode>> keys = ops.next().fields(); keys.hasNext(); ) {
                    Map.Entry<String, JsonNode> k = keys.next();
                    if (k.getKey().toLowerCase(Locale.ROOT).endsWith(suffix)) {
                        out.computeIfAbsent(k.getKey(), x -> new ArrayList<>()).addAll(strings(k.getValue()));
                    }
                }
            }
            return out;
        }
    }

    /**
     * {@code "*"}, or an ARN whose resource part names every resource of its type:
     * {@code arn:aws:secretsmanager:us-east-1:123456789012:secret:*}, {@code arn:aws:kms:*:*:key/*}.
     */
    public static boolean isBroadResource(String resource) {
        return resource.equals("*") || BROAD_ARN.matcher(resource).matches();
    }

    private static final java.util.regex.Pattern BROAD_ARN =
            java.util.regex.Pattern.compile("arn:[^:]+:[^:]+:[^:]*:[^:]*:(\\*|[A-Za-z0-9-]+[/:]\\*)");

    /** IAM's wildcard match ({@code *}, {@code ?}), case-insensitive, of a pattern against a concrete value. */
    public static boolean matches(String pattern, String value) {
        String p = pattern.toLowerCase(Locale.ROOT);
        String v = value.toLowerCase(Locale.ROOT);
        int pi = 0;
        int vi = 0;
        int star = -1;
        int mark = 0;
        while (vi < v.length()) {
            if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == v.charAt(vi))) {
                pi++;
                vi++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = vi;
            } else if (star >= 0) {
                pi = star + 1;
                vi = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }

    /** The statements of a document; {@code prefix} names the property, e.g. {@code policy}. */
    public static List<Statement> statements(JsonNode document, String prefix) {
        List<Statement> out = new ArrayList<>();
        JsonNode statements = document.path("Statement");
        List<JsonNode> list = new ArrayList<>();
        if (statements.isArray()) {
            statements.forEach(list::add);
        } else if (statements.isObject()) {
            list.add(statements);
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            String sid = s.path("Sid").asText("");
            String label = prefix + ".Statement[" + i + "]" + (sid.isEmpty() ? "" : " (" + sid + ")");
            out.add(new Statement(label, "Allow".equalsIgnoreCase(s.path("Effect").asText()),
                    principals(s.get("Principal")), strings(s.get("Action")), strings(s.get("NotAction")),
                    strings(s.get("Resource")), s.get("Condition")));
        }
        return out;
    }

    private static Map<String, List<String>> principals(JsonNode principal) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (principal == null) {
            return out;
        }
        if (principal.isTextual()) {
            out.put(principal.asText(), List.of(principal.asText()));
        } else if (principal.isObject()) {
            principal.fields().forEachRemaining(e -> out.put(e.getKey(), strings(e.getValue())));
        }
        return out;
    }

    /** A string or a list of strings (booleans and numbers rendered). */
    public static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else {
            out.add(node.asText());
        }
        return out;
    }
}
