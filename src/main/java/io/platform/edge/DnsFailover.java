package io.platform.edge;

import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.route53.HealthCheck;
import com.pulumi.aws.route53.HealthCheckArgs;
import com.pulumi.aws.route53.Record;
import com.pulumi.aws.route53.RecordArgs;
import com.pulumi.aws.route53.inputs.RecordAliasArgs;
import com.pulumi.aws.route53.inputs.RecordFailoverRoutingPolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.FailoverConfig;
import io.platform.config.Naming;
import io.platform.config.Severity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Health-checked DNS for the API (issue 16 item 6; TechCorp "update Route53 to point to us-west-2"): an
 * HTTPS Route 53 health check on the API's name, a PRIMARY failover alias to this region's ALB carrying
 * that check, a SECONDARY failover alias to the DR region's ALB, and a critical alarm on the check's
 * status (Route 53 publishes it in us-east-1, where the stack is).
 */
public final class DnsFailover extends ComponentResource {
    public static final String PRIMARY = "PRIMARY";
    public static final String SECONDARY = "SECONDARY";

    private final HealthCheck healthCheck;
    private final Record primary;

    public DnsFailover(String name, DnsFailoverArgs args, ComponentResourceOptions options) {
        super("platform:edge:DnsFailover", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        Naming naming = args.naming();
        FailoverConfig config = args.config();
        Map<String, String> tags = new TreeMap<>(naming.tags("api-health"));
        tags.put("Name", naming.name("api-health"));
        this.healthCheck = new HealthCheck(naming.name("api-health"), HealthCheckArgs.builder()
                .type("HTTPS")
                .fqdn(args.apiDomain())
                .port(443)
                .enableSni(true)
                .resourcePath(config.healthPath())
                .failureThreshold(config.failureThreshold())
                .requestInterval(config.requestIntervalSeconds())
                .regions(config.regions())
                .tags(tags)
                .build(), child);
        this.primary = record(args, PRIMARY, args.albDnsName(), args.albZoneId(), Optional.of(healthCheck.id()), child);
        record(args, SECONDARY, Output.of(config.secondaryAlbDnsName()), Output.of(config.secondaryAlbZoneId()),
                Optional.empty(), child);
        alarm(naming, args.criticalTopicArn(), child);
        registerOutputs(Map.of("apiHealthCheckId", healthCheck.id()));
    }

    private Record record(DnsFailoverArgs args, String role, Output<String> target, Output<String> targetZone,
                          Optional<Output<String>> healthCheckId, CustomResourceOptions child) {
        String lower = role.toLowerCase(java.util.Locale.ROOT);
        var record = RecordArgs.builder()
                .zoneId(args.zoneId())
                .name(args.apiDomain())
                .type("A")
                .setIdentifier(lower)
                .failoverRoutingPolicies(RecordFailoverRoutingPolicyArgs.builder().type(role).build())
                .aliases(RecordAliasArgs.builder().name(target).zoneId(targetZone).evaluateTargetHealth(true).build());
        healthCheckId.ifPresent(record::healthCheckId);
        return new Record(args.naming().name("api-failover-" + lower), record.build(), child);
    }

    /** Status 1 is healthy: below 1 for a minute means the checkers see the API down and DNS has failed over. */
    private void alarm(Naming naming, Output<String> topicArn, CustomResourceOptions child) {
        Map<String, String> tags = new TreeMap<>(naming.tags("api-health"));
        tags.put("Severity", Severity.CRITICAL.configName());
        new MetricAlarm(naming.name("api-health"), MetricAlarmArgs.builder()
                .name(naming.name("api-health"))
                .alarmDescription("Route 53 health check of the API failing: traffic fails over to the DR region ["
                        + Severity.CRITICAL.configName() + "]")
                .namespace("AWS/Route53")
                .metricName("HealthCheckStatus")
                .dimensions(healthCheck.id().applyValue(id -> Map.of("HealthCheckId", id)))
                .statistic("Minimum")
                .comparisonOperator("LessThanThreshold")
                .threshold(1.0)
                .period(60)
                .evaluationPeriods(1)
                .datapointsToAlarm(1)
                .treatMissingData("breaching")
                .alarmActions(topicArn.applyValue(List::of))
                .okActions(topicArn.applyValue(List::of))
                .tags(tags)
                .build(), child);
    }

    public Output<String> healthCheckId() {
        return healthCheck.id();
    }

    /** The PRIMARY record's name, the API's FQDN. */
    public Output<String> apiFqdn() {
        return primary.fqdn();
    }
}
