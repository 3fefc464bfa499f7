package io.platform.examples;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import io.platform.testing.Template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The headline shapes every example's test checks the same way: network, services, alarms, routes. */
final class ExampleAssertions {
    static final String SUBNET = "aws:ec2/subnet:Subnet";
    static final String NAT = "aws:ec2/natGateway:NatGateway";
    static final String TASK = "aws:ecs/taskDefinition:TaskDefinition";
    static final String SCALING = "aws:appautoscaling/target:Target";
    static final String SERVICE = "aws:ecs/service:Service";
    static final String RDS = "aws:rds/instance:Instance";
    static final String REDIS = "aws:elasticache/replicationGroup:ReplicationGroup";
    static final String BUCKET = "aws:s3/bucketV2:BucketV2";
    static final String LIFECYCLE = "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2";
    static final String WEB_ACL = "aws:wafv2/webAcl:WebAcl";
    static final String ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
    static final String DISTRIBUTION = "aws:cloudfront/distribution:Distribution";
    static final String SUBSCRIPTION = "aws:sns/topicSubscription:TopicSubscription";
    static final String SLACK = "aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration";
    static final String EVENT_RULE = "aws:cloudwatch/eventRule:EventRule";
    static final String EVENT_TARGET = "aws:cloudwatch/eventTarget:EventTarget";
    static final String DASHBOARD = "aws:cloudwatch/dashboard:Dashboard";

    private ExampleAssertions() {
    }

    /** Region, VPC CIDR, subnets per tier (by CIDR, in AZ order) and NAT gateways. */
    static void network(PlanResult plan, Template t, String region, String vpcCidr, Map<String, List<String>> subnets,
                        int natGateways) {
        assertThat(plan.config().region()).isEqualTo(region);
        assertThat(t.inputs("aws:ec2/vpc:Vpc", "vpc")).containsEntry("cidrBlock", vpcCidr);
        subnets.forEach((tier, cidrs) -> {
            for (int i = 0; i < cidrs.size(); i++) {
                assertThat(t.inputs(SUBNET, tier + "-" + (i + 1))).as(tier + " subnet " + (i + 1))
                        .containsEntry("cidrBlock", cidrs.get(i))
                        .containsEntry("availabilityZone", region + (char) ('a' + i));
            }
        });
        assertThat(t.resourceCount(SUBNET)).isEqualTo(subnets.values().stream().mapToInt(List::size).sum());
        assertThat(t.resourceCount(NAT)).isEqualTo(natGateways);
    }

    /** Each service's task size and scaling range: name → [cpu, memory, desired, min, max]. */
    static void services(Template t, Map<String, List<Integer>> expected) {
        Map<String, List<Integer>> actual = new TreeMap<>();
        for (String service : expected.keySet()) {
            Map<String, Object> task = t.inputs(TASK, service + "-task");
            Map<String, Object> scaling = t.inputs(SCALING, service + "-scaling");
            actual.put(service, List.of(Integer.parseInt((String) task.get("cpu")), Integer.parseInt((String) task.get("memory")),
                    ((Number) t.inputs(SERVICE, service).get("desiredCount")).intValue(),
                    ((Number) scaling.get("minCapacity")).intValue(), ((Number) scaling.get("maxCapacity")).intValue()));
        }
        assertThat(actual).isEqualTo(new TreeMap<>(expected));
        assertThat(t.resourceCount(SERVICE)).isEqualTo(expected.size());
    }

    /** An alarm as a test reads it: comparison, threshold, period (s) × evaluation periods, severity. */
    record Alarm(String comparison, double threshold, int periodSeconds, int evaluations, String severity) {
    }

    static Alarm above(double threshold, int periodSeconds, int evaluations, String severity) {
        return new Alarm("GreaterThanThreshold", threshold, periodSeconds, evaluations, severity);
    }

    static Alarm below(double threshold, int periodSeconds, int evaluations, String severity) {
        return new Alarm("LessThanThreshold", threshold, periodSeconds, evaluations, severity);
    }

    /**
     * Each alarm (by short name) as expected; its severity is both its {@code Severity} tag and the topic it
     * notifies: {@code <prefix>alerts…} for critical, {@code <prefix>alerts…-warning…} / {@code -info…} otherwise.
     */
    @SuppressWarnings("unchecked")
    static void alarms(Template t, Map<String, Alarm> expected) {
        Map<String, Alarm> actual = new TreeMap<>();
        for (String name : expected.keySet()) {
            RecordedResource resource = t.single(ALARM, name);
            Map<String, Object> in = resource.inputValues();
            String severity = ((Map<String, String>) in.get("tags")).get("Severity");
            actual.put(name, new Alarm((String) in.get("comparisonOperator"), ((Number) in.get("threshold")).doubleValue(),
                    ((Number) in.get("period")).intValue(), ((Number) in.get("evaluationPeriods")).intValue(), severity));
            String prefix = resource.name().substring(0, resource.name().length() - name.length());
            assertThat((List<String>) in.get("alarmActions")).as(name).singleElement().satisfies(arn -> {
                String topic = arn.substring(arn.lastIndexOf(':') + 1);
                assertThat(topic).as(name).startsWith(prefix + "alerts");
                // another region's topics carry the region: alerts-cdn-warning-ca-central-1
                if (severity.equals("critical")) {
                    assertThat(topic).as(name).doesNotContain("-warning").doesNotContain("-info");
                } else {
                    assertThat(topic).as(name).contains("-" + severity);
                }
            });
        }
        assertThat(actual).isEqualTo(new TreeMap<>(expected));
    }

    /**
     * Who each severity's topic in the stack's region reaches, sorted: {@code email:<address>}, {@code https} (the
     * secret endpoint, never shown), {@code lambda:<function>}, {@code slack:<channel>} (AWS Chatbot).
     */
    @SuppressWarnings("unchecked")
    static Map<String, List<String>> routes(Template t) {
        String prefix = prefix(t);
        Map<String, List<String>> routes = new TreeMap<>();
        for (RecordedResource s : t.ofType(SUBSCRIPTION)) {
            Map<String, Object> in = s.inputValues();
            String endpoint = (String) in.get("endpoint");
            String who = switch ((String) in.get("protocol")) {
                case "email" -> "email:" + endpoint;
                case "lambda" -> "lambda:" + endpoint.substring(endpoint.lastIndexOf(':') + 1).substring(prefix.length());
                default -> (String) in.get("protocol");
            };
            severityOf(prefix, (String) in.get("topic")).ifPresent(sev -> routes.computeIfAbsent(sev, k -> new ArrayList<>()).add(who));
        }
        for (RecordedResource c : t.ofType(SLACK)) {
            for (String topic : (List<String>) c.inputValues().get("snsTopicArns")) {
                severityOf(prefix, topic).ifPresent(sev -> routes.computeIfAbsent(sev, k -> new ArrayList<>())
                        .add("slack:" + c.inputValues().get("slackChannelId")));
            }
        }
        routes.values().forEach(l -> l.sort(null));
        return routes;
    }

    private static java.util.Optional<String> severityOf(String prefix, String topicArn) {
        String topic = topicArn.substring(topicArn.lastIndexOf(':') + 1);
        return java.util.Optional.ofNullable(switch (topic.substring(Math.min(topic.length(), prefix.length()))) {
            case "alerts" -> "critical";
            case "alerts-warning" -> "warning";
            case "alerts-info" -> "info";
            default -> null;
        }).filter(s -> topic.startsWith(prefix));
    }

    /** Each EventBridge rule (short name) → its event pattern (JSON) and the target's short name. */
    static Map<String, String> eventRules(Template t) {
        String prefix = prefix(t);
        Map<String, java.util.SortedSet<String>> targets = new TreeMap<>();
        for (RecordedResource target : t.ofType(EVENT_TARGET)) {
            String rule = ((String) target.inputValues().get("rule")).substring(prefix.length());
            String arn = (String) target.inputValues().get("arn");
            targets.computeIfAbsent(rule, r -> new java.util.TreeSet<>())
                    .add(arn.substring(arn.lastIndexOf(':') + 1).substring(prefix.length()));
        }
        Map<String, String> rules = new TreeMap<>();
        // A rule with several targets reads "pattern → a, b" (targets sorted).
        targets.forEach((rule, arns) -> rules.put(rule,
                t.json(EVENT_RULE, rule, "eventPattern") + " → " + String.join(", ", arns)));
        return rules;
    }

    /** The CloudWatch dashboards' names, sorted. */
    static List<String> dashboards(Template t) {
        return t.ofType(DASHBOARD).stream().map(d -> (String) d.inputValues().get("dashboardName")).sorted().toList();
    }

    /** The stack's naming prefix ({@code <project>-<env>-}), read off its VPC. */
    private static String prefix(Template t) {
        String vpc = t.single("aws:ec2/vpc:Vpc", "vpc").name();
        return vpc.substring(0, vpc.length() - "vpc".length());
    }

    /** The rate-based rule's limit and the rule names, in priority order, of a web ACL. */
    @SuppressWarnings("unchecked")
    static void webAcl(Template t, String shortName, long rateLimit, List<String> ruleNames) {
        List<Map<String, Object>> rules = (List<Map<String, Object>>) t.inputs(WEB_ACL, shortName).get("rules");
        assertThat(rules).extracting(r -> r.get("name")).containsExactlyElementsOf(ruleNames);
        Map<String, Object> rate = rules.stream().filter(r -> r.get("name").equals("rate-limit-per-ip")).findFirst().orElseThrow();
        Map<String, Object> statement = (Map<String, Object>) ((Map<String, Object>) rate.get("statement")).get("rateBasedStatement");
        assertThat(((Number) statement.get("limit")).longValue()).isEqualTo(rateLimit);
    }

    /** The lifecycle rule {@code id} of a bucket. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> lifecycleRule(Template t, String bucket, String id) {
        List<Map<String, Object>> rules = (List<Map<String, Object>>) t.inputs(LIFECYCLE, bucket + "-lifecycle").get("rules");
        return rules.stream().filter(r -> id.equals(r.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no lifecycle rule " + id + " on " + bucket + ": " + rules));
    }

    static Map<String, Object> transition(int days, String storageClass) {
        return Map.of("days", (long) days, "storageClass", storageClass);
    }

    static List<String> names(List<RecordedResource> resources) {
        return resources.stream().map(RecordedResource::name).sorted().toList();
    }
}
