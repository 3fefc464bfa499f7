package io.platform.examples;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import io.platform.testing.Template;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The headline shapes every example's test checks the same way: network, services, alarms. */
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

    /** The alarm's comparison and threshold. */
    static void alarm(Template t, String shortName, String comparison, double threshold) {
        Map<String, Object> alarm = t.inputs(ALARM, shortName);
        assertThat(alarm.get("comparisonOperator")).as(shortName).isEqualTo(comparison);
        assertThat(((Number) alarm.get("threshold")).doubleValue()).as(shortName).isEqualTo(threshold);
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
