package io.platform.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a workload's {@code statements} list. The rules: actions are {@code service:Action} with no
 * wildcard; a resource is {@code *} only when every action of the statement is one AWS offers no
 * resource scope for; otherwise an ARN (placeholders allowed) whose resource part is not just
 * {@code *}, or {@code function:<name>}.
 */
final class IamStatementsReader {
    /**
     * Actions that have no resource-level permissions in AWS, so {@code Resource: "*"} is the only
     * way to grant them (the IAM Service Authorization Reference lists no resource type for them).
     */
    static final Set<String> UNSCOPED_ACTIONS = Set.of(
            "cloudwatch:PutMetricData",
            "ec2:DescribeInstances",
            "ec2:DescribeNetworkInterfaces",
            "ec2:DescribeSecurityGroups",
            "ecr:GetAuthorizationToken",
            "guardduty:ListDetectors",
            "secretsmanager:GetRandomPassword",
            "ses:GetSendQuota",
            "sts:GetCallerIdentity",
            "xray:GetSamplingRules",
            "xray:GetSamplingTargets",
            "xray:PutTelemetryRecords",
            "xray:PutTraceSegments");

    private static final Pattern ACTION = Pattern.compile("[a-z0-9-]+:[A-Za-z0-9]+");
    private static final Pattern SID = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(partition|region|account|prefix|bucket:[a-z0-9][a-z0-9-]{0,40})}");
    private static final Pattern ARN = Pattern.compile("arn:[a-z-]+:[a-z0-9-]+:[a-z0-9-]*:(\\d{12})?:.+");
    private static final Pattern FUNCTION_NAME = Pattern.compile("[a-z][a-z0-9-]{0,30}");

    private IamStatementsReader() {
    }

    static List<IamStatementConfig> read(ConfigSection parent, String key) {
        List<IamStatementConfig> statements = parent.sections(key, IamStatementsReader::statement);
        Set<String> sids = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            if (!sids.add(statements.get(i).sid())) {
                throw new ConfigException(parent.keyOf(key) + "[" + i + "].sid", "'" + statements.get(i).sid()
                        + "' is used by another statement; statement ids must be unique");
            }
        }
        return statements;
    }

    private static IamStatementConfig statement(ConfigSection s) {
        String sid = s.requiredString("sid", "a statement id (letters and digits, e.g. InvokeClaude)");
        if (!SID.matcher(sid).matches()) {
            throw new ConfigException(s.keyOf("sid"), "'" + sid + "' is not allowed; allowed: 1-64 letters and digits");
        }
        List<String> actions = s.strings("actions", List.of());
        if (actions.isEmpty()) {
            throw new ConfigException(s.keyOf("actions"), "is required: the actions to allow, e.g. [bedrock:InvokeModel]");
        }
        for (int i = 0; i < actions.size(); i++) {
            if (!ACTION.matcher(actions.get(i)).matches()) {
                throw new ConfigException(s.keyOf("actions") + "[" + i + "]", "'" + actions.get(i) + "' is not allowed; "
                        + "allowed: one service:Action without wildcards (list each action the workload calls)");
            }
        }
        List<String> resources = s.strings("resources", List.of());
        if (resources.isEmpty()) {
            throw new ConfigException(s.keyOf("resources"), "is required: the ARNs the actions apply to");
        }
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < resources.size(); i++) {
            checked.add(resource(s.keyOf("resources") + "[" + i + "]", resources.get(i), actions));
        }
        return new IamStatementConfig(sid, actions, checked);
    }

    private static String resource(String key, String resource, List<String> actions) {
        if (resource.equals("*")) {
            List<String> scoped = actions.stream().filter(a -> !UNSCOPED_ACTIONS.contains(a)).toList();
            if (!scoped.isEmpty()) {
                throw new ConfigException(key, "'*' is not allowed for " + String.join(", ", scoped)
                        + "; AWS scopes these actions to resources, so name their ARNs ('*' is only for actions such as "
                        + "xray:PutTraceSegments that have no resource scope)");
            }
            return resource;
        }
        if (resource.startsWith(IamStatementConfig.FUNCTION_REFERENCE)) {
            String name = resource.substring(IamStatementConfig.FUNCTION_REFERENCE.length());
            if (!FUNCTION_NAME.matcher(name).matches()) {
                throw new ConfigException(key, "'" + resource + "' does not name a function; allowed: function:<name> "
                        + "of an entry of platform:functions");
            }
            return resource;
        }
        String sample = PLACEHOLDER.matcher(resource).replaceAll(m -> sampleOf(m.group(1)));
        if (sample.contains("${")) {
            throw new ConfigException(key, "'" + resource + "' uses an unknown placeholder; allowed: ${partition}, "
                    + "${region}, ${account}, ${prefix}, ${bucket:<purpose>}");
        }
        if (!ARN.matcher(sample).matches()) {
            throw new ConfigException(key, "'" + resource + "' is not an ARN (arn:<partition>:<service>:<region>:"
                    + "<account>:<resource>), '*' or function:<name>");
        }
        String scope = sample.split(":", 6)[5];
        if (scope.equals("*") || scope.equals("/*")) {
            throw new ConfigException(key, "'" + resource + "' matches every resource of its service; name the "
                    + "resources (a bucket, a prefix, a model, a function)");
        }
        return resource;
    }

    private static String sampleOf(String placeholder) {
        return switch (placeholder) {
            case "partition" -> "aws";
            case "region" -> "us-east-1";
            case "account" -> "123456789012";
            default -> "x";
        };
    }
}
