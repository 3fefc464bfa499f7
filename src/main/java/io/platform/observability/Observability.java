package io.platform.observability;

import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicArgs;
import com.pulumi.aws.sns.TopicPolicy;
import com.pulumi.aws.sns.TopicPolicyArgs;
import com.pulumi.aws.sns.TopicSubscription;
import com.pulumi.aws.sns.TopicSubscriptionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.aws.OutputMaps;
import io.platform.config.Naming;
import io.platform.encryption.KeyPolicies;
import io.platform.encryption.KeyPurpose;
import io.platform.iam.PolicyDocument;
import io.platform.iam.PolicyDocument.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Observability tier (SPEC §3.6): the KMS-encrypted alarm topic with its e-mail subscriptions,
 * every alarm with alarm and OK actions, the ERROR metric filters, the dashboard and the saved
 * Logs Insights queries.
 */
public final class Observability extends ComponentResource {
    private final Topic topic;
    private final List<String> alarmNames = new ArrayList<>();
    private final Map<String, Output<String>> foreignTopics = new java.util.TreeMap<>();

    public Observability(String name, ObservabilityArgs args, ComponentResourceOptions options) {
        super("platform:observability:Observability", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        Naming naming = args.naming();

        this.topic = new Topic(naming.name("alerts"), TopicArgs.builder()
                .name(naming.name("alerts"))
                .kmsMasterKeyId(args.logsKeyArn())
                .tags(naming.tags("alerts"))
                .build(), child);
        new TopicPolicy(naming.name("alerts-policy"), TopicPolicyArgs.builder()
                .arn(topic.arn())
                .policy(Output.tuple(topic.arn(), args.account().accountId(), args.account().partition()).applyValue(t ->
                        PolicyDocument.create()
                        // A topic policy replaces SNS's default one: this account's alarms must be allowed explicitly.
                        .statement(Statement.allow("CloudWatchAlarmsPublish")
                                .servicePrincipal("cloudwatch.amazonaws.com")
                                .actions("sns:Publish")
                                .resources(t.t1)
                                .condition("ArnLike", "aws:SourceArn", "arn:" + t.t3 + ":cloudwatch:"
                                        + args.account().region() + ":" + t.t2 + ":alarm:*"))
                        // Budgets and cost anomaly detection publish as services; bind them to this account.
                        .statement(Statement.allow("CostAlertsPublish")
                                .servicePrincipal("budgets.amazonaws.com", "costalerts.amazonaws.com")
                                .actions("sns:Publish")
                                .resources(t.t1)
                                .condition("StringEquals", "aws:SourceAccount", t.t2))
                        .toJson()))
                .build(), child);
        for (int i = 0; i < args.config().alertEmails().size(); i++) {
            new TopicSubscription(naming.name("alerts-email-" + (i + 1)), TopicSubscriptionArgs.builder()
                    .topic(topic.arn())
                    .protocol("email")
                    .endpoint(args.config().alertEmails().get(i))
                    .build(), child);
        }

        MetricFilters.declare(args, child);
        for (AlarmSpec spec : AlarmCatalogue.regional(args)) {
            alarm(naming, spec, topic.arn(), child, false);
        }
        for (ObservabilityArgs.Replica replica : args.replicas()) {
            declareReplicaAlarms(args, naming, replica, child);
        }
        if (!args.distributionIds().isEmpty()) {
            declareCloudFrontAlarms(args, naming);
        }
        Dashboard.declare(args, child);
        LogQueries.declare(args, child);

        registerOutputs(Map.of("alertTopicArn", topic.arn()));
    }

    /**
     * CloudFront's metrics exist only in us-east-1, and an alarm can only notify a topic in its own
     * region: outside us-east-1 the stack gets a second, equally encrypted topic there.
     */
    private void declareCloudFrontAlarms(ObservabilityArgs args, Naming naming) {
        var usEast1 = CustomResourceOptions.builder().parent(this).provider(args.usEast1().orElseThrow()).build();
        Output<String> target = topicIn(args, naming, "us-east-1", usEast1);
        for (AlarmSpec spec : AlarmCatalogue.cloudFront(args)) {
            alarm(naming, spec, target, usEast1, true);
        }
    }

    /** A replica's alarms live in its region (its metrics do) and notify that region's topic. */
    private void declareReplicaAlarms(ObservabilityArgs args, Naming naming, ObservabilityArgs.Replica replica,
                                      CustomResourceOptions child) {
        CustomResourceOptions options = replica.provider().map(p -> CustomResourceOptions.builder().parent(this)
                .provider(p).build()).orElse(child);
        String region = replica.region().orElse(args.account().region());
        Output<String> target = topicIn(args, naming, region, options);
        for (AlarmSpec spec : AlarmCatalogue.replica(replica)) {
            alarm(naming, spec, target, options, replica.region().isPresent());
        }
    }

    /**
     * The topic alarms in {@code region} notify: the stack's own topic in its region, else one KMS-encrypted
     * topic per other region (an alarm can only notify a topic in its own region), with the same e-mail
     * subscriptions. Names in another region carry the stack's region qualifier.
     */
    private Output<String> topicIn(ObservabilityArgs args, Naming naming, String region, CustomResourceOptions inRegion) {
        if (region.equals(args.account().region())) {
            return topic.arn();
        }
        return foreignTopics.computeIfAbsent(region, r -> {
            // us-east-1's topic predates the others (CloudFront alarms) and keeps its name.
            String base = r.equals("us-east-1") ? "alerts-cdn" : "alerts-" + r;
            Key key = new Key(naming.name(base + "-key"), KeyArgs.builder()
                    .description("Encrypts the " + r + " alarm topic of " + naming.project() + "-" + naming.environment())
                    .enableKeyRotation(true)
                    .deletionWindowInDays(30)
                    .policy(Output.tuple(args.account().partition(), args.account().accountId()).applyValue(t ->
                            KeyPolicies.render(KeyPurpose.LOGS, t.t1, r, t.t2, false)))
                    .tags(naming.tags(base + "-key"))
                    .build(), inRegion);
            Topic regional = new Topic(naming.name(base), TopicArgs.builder()
                    .name(naming.globalName(base))
                    .kmsMasterKeyId(key.arn())
                    .tags(naming.tags(base))
                    .build(), inRegion);
            for (int i = 0; i < args.config().alertEmails().size(); i++) {
                new TopicSubscription(naming.name(base + "-email-" + (i + 1)), TopicSubscriptionArgs.builder()
                        .topic(regional.arn()).protocol("email").endpoint(args.config().alertEmails().get(i))
                        .build(), inRegion);
            }
            return regional.arn();
        });
    }

    /** @param elsewhere the alarm lives outside the stack's region, so its name carries the region qualifier */
    private void alarm(Naming naming, AlarmSpec spec, Output<String> topicArn, CustomResourceOptions options,
                       boolean elsewhere) {
        String alarmName = elsewhere ? naming.globalName(spec.name()) : naming.name(spec.name());
        boolean percentile = spec.statistic().matches("p\\d+(\\.\\d+)?");
        var alarm = MetricAlarmArgs.builder()
                .name(alarmName)
                .alarmDescription(spec.description())
                .namespace(spec.namespace())
                .metricName(spec.metric())
                .comparisonOperator(spec.comparison())
                .threshold(spec.threshold())
                .period(spec.periodSeconds())
                .evaluationPeriods(spec.evaluationPeriods())
                .datapointsToAlarm(spec.evaluationPeriods())
                .treatMissingData(spec.treatMissingData())
                .alarmActions(topicArn.applyValue(List::of))
                .okActions(topicArn.applyValue(List::of))
                .tags(naming.tags(spec.name()));
        if (percentile) {
            alarm.extendedStatistic(spec.statistic());
        } else {
            alarm.statistic(spec.statistic());
        }
        if (!spec.dimensions().isEmpty()) {
            alarm.dimensions(OutputMaps.resolve(spec.dimensions()));
        }
        new MetricAlarm(naming.name(spec.name()), alarm.build(), options);
        alarmNames.add(alarmName);
    }

    public Output<String> alertTopicArn() {
        return topic.arn();
    }

    /** Every alarm's name, for the closing report and tests. */
    public List<String> alarmNames() {
        return List.copyOf(alarmNames);
    }
}
