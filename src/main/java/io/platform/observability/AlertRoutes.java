package io.platform.observability;

import com.pulumi.aws.chatbot.SlackChannelConfiguration;
import com.pulumi.aws.chatbot.SlackChannelConfigurationArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicArgs;
import com.pulumi.aws.sns.TopicPolicy;
import com.pulumi.aws.sns.TopicPolicyArgs;
import com.pulumi.aws.sns.TopicSubscription;
import com.pulumi.aws.sns.TopicSubscriptionArgs;
import com.pulumi.core.Alias;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.AlertRoute;
import io.platform.config.Naming;
import io.platform.config.Severity;
import io.platform.encryption.KeyPolicies;
import io.platform.encryption.KeyPurpose;
import io.platform.iam.PolicyDocument;
import io.platform.iam.PolicyDocument.Statement;
import io.platform.iam.TrustPolicies;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Severity routes (seed 001 §4.6.2): a KMS-encrypted topic per severity — critical, warning, info — with
 * its e-mail subscriptions, the paging service's HTTPS endpoint (a secret) and a Slack channel through AWS
 * Chatbot. Alarms in another region notify that region's topic of the same severity (an alarm can only
 * notify a topic in its own region), subscribed the same way and posted to the same channel.
 */
public final class AlertRoutes extends ComponentResource {
    private final Map<Severity, Topic> topics = new EnumMap<>(Severity.class);
    private final Alias[] formerParent;
    /** region → severity → topic ARN, for the regions other than the stack's. */
    private final Map<String, Map<Severity, Output<String>>> elsewhere = new TreeMap<>();

    public AlertRoutes(String name, AlertRoutesArgs args, ComponentResourceOptions options) {
        super("platform:observability:AlertRoutes", name, options);
        // The topics, policies and subscriptions were children of Observability before this component existed.
        this.formerParent = options.getParent().map(p -> new Alias[]{Alias.builder().parent(p).build()})
                .orElse(new Alias[0]);
        var child = CustomResourceOptions.builder().parent(this).aliases(formerParent).build();
        Naming naming = args.naming();
        for (Severity severity : Severity.values()) {
            String base = homeBase(severity);
            Topic topic = new Topic(naming.name(base), TopicArgs.builder()
                    .name(naming.name(base))
                    .kmsMasterKeyId(args.logsKeyArn())
                    .tags(naming.tags(base))
                    .build(), child);
            new TopicPolicy(naming.name(base + "-policy"), TopicPolicyArgs.builder()
                    .arn(topic.arn())
                    .policy(Output.tuple(topic.arn(), args.account().accountId(), args.account().partition())
                            .applyValue(t -> publishPolicy(t.t1, t.t2, t.t3, args.account().region())))
                    .build(), child);
            subscribe(args, base, topic.arn(), args.config().route(severity), child);
            topics.put(severity, topic);
        }
        args.elsewhere().forEach((region, severities) -> declareElsewhere(args, region, severities));
        declareChatbot(args, child);
        registerOutputs(Map.of("criticalTopicArn", topics.get(Severity.CRITICAL).arn()));
    }

    /** The critical topic keeps the name the single alarm topic had, so deployed subscriptions survive. */
    static String homeBase(Severity severity) {
        return severity == Severity.CRITICAL ? "alerts" : "alerts-" + severity.configName();
    }

    /** A topic policy replaces SNS's default one: this account's publishers must be allowed explicitly. */
    private static String publishPolicy(String topicArn, String accountId, String partition, String region) {
        return PolicyDocument.create()
                .statement(Statement.allow("CloudWatchAlarmsPublish")
                        .servicePrincipal("cloudwatch.amazonaws.com")
                        .actions("sns:Publish")
                        .resources(topicArn)
                        .condition("ArnLike", "aws:SourceArn", "arn:" + partition + ":cloudwatch:" + region + ":"
                                + accountId + ":alarm:*"))
                // Budgets, cost anomaly detection and EventBridge rules (security findings) publish as services.
                .statement(Statement.allow("ServicesPublish")
                        .servicePrincipal("budgets.amazonaws.com", "costalerts.amazonaws.com", "events.amazonaws.com")
                        .actions("sns:Publish")
                        .resources(topicArn)
                        .condition("StringEquals", "aws:SourceAccount", accountId))
                .toJson();
    }

    private void subscribe(AlertRoutesArgs args, String base, Output<String> topicArn, AlertRoute route,
                           CustomResourceOptions options) {
        Naming naming = args.naming();
        for (int i = 0; i < route.emails().size(); i++) {
            new TopicSubscription(naming.name(base + "-email-" + (i + 1)), TopicSubscriptionArgs.builder()
                    .topic(topicArn).protocol("email").endpoint(route.emails().get(i)).build(), options);
        }
        if (route.https()) {
            // The URL carries the paging service's integration key: it stays a secret in state.
            new TopicSubscription(naming.name(base + "-https"), TopicSubscriptionArgs.builder()
                    .topic(topicArn).protocol("https")
                    .endpoint(Output.ofSecret(args.config().alertHttpsEndpoint().orElseThrow().reveal()))
                    .build(), options);
        }
    }

    private void declareElsewhere(AlertRoutesArgs args, String region, java.util.Set<Severity> severities) {
        Naming naming = args.naming();
        var inRegion = CustomResourceOptions.builder().parent(this).provider(args.providers().get(region))
                .aliases(formerParent).build();
        // us-east-1's topic predates the others (CloudFront alarms) and keeps its name.
        String base = region.equals("us-east-1") ? "alerts-cdn" : "alerts-" + region;
        Key key = new Key(naming.name(base + "-key"), KeyArgs.builder()
                .description("Encrypts the " + region + " alarm topics of " + naming.project() + "-"
                        + naming.environment())
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .policy(Output.tuple(args.account().partition(), args.account().accountId()).applyValue(t ->
                        KeyPolicies.render(KeyPurpose.LOGS, t.t1, region, t.t2, false)))
                .tags(naming.tags(base + "-key"))
                .build(), inRegion);
        Map<Severity, Output<String>> arns = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            if (!severities.contains(severity)) {
                continue;
            }
            String topicBase = severity == Severity.CRITICAL ? base : base + "-" + severity.configName();
            Topic topic = new Topic(naming.name(topicBase), TopicArgs.builder()
                    .name(naming.globalName(topicBase))
                    .kmsMasterKeyId(key.arn())
                    .tags(naming.tags(topicBase))
                    .build(), inRegion);
            subscribe(args, topicBase, topic.arn(), args.config().route(severity), inRegion);
            arns.put(severity, topic.arn());
        }
        elsewhere.put(region, arns);
    }

    /**
     * One AWS Chatbot channel configuration per routed severity, over that severity's topics in every
     * region. Chatbot's role and its guardrail are CloudWatch read-only: the channel can show graphs,
     * never change anything.
     */
    private void declareChatbot(AlertRoutesArgs args, CustomResourceOptions child) {
        var routes = args.config().routes().values().stream().filter(r -> r.slackChannelId().isPresent()).toList();
        if (routes.isEmpty()) {
            return;
        }
        Naming naming = args.naming();
        Role role = new Role(naming.name("chatbot-role"), RoleArgs.builder()
                .description("AWS Chatbot posts the alarms of " + naming.project() + "-" + naming.environment()
                        + " to Slack")
                .assumeRolePolicy(TrustPolicies.service("ChatbotAssume", "chatbot.amazonaws.com",
                        args.account().accountId()))
                .tags(naming.tags("chatbot-role"))
                .build(), child);
        Output<String> readOnly = args.account().partition().applyValue(p ->
                "arn:" + p + ":iam::aws:policy/CloudWatchReadOnlyAccess");
        new RolePolicyAttachment(naming.name("chatbot-read-only"), RolePolicyAttachmentArgs.builder()
                .role(role.name()).policyArn(readOnly).build(), child);
        for (AlertRoute route : routes) {
            String base = homeBase(route.severity());
            List<Output<String>> arns = new ArrayList<>(List.of(topics.get(route.severity()).arn()));
            elsewhere.values().forEach(m -> {
                if (m.containsKey(route.severity())) {
                    arns.add(m.get(route.severity()));
                }
            });
            new SlackChannelConfiguration(naming.name(base + "-slack"), SlackChannelConfigurationArgs.builder()
                    .configurationName(naming.name(base))
                    .slackTeamId(args.config().slackWorkspaceId().orElseThrow())
                    .slackChannelId(route.slackChannelId().orElseThrow())
                    .iamRoleArn(role.arn())
                    .guardrailPolicyArns(readOnly.applyValue(List::of))
                    .snsTopicArns(Output.all(arns))
                    .loggingLevel("ERROR")
                    .userAuthorizationRequired(true)
                    .tags(naming.tags(base + "-slack"))
                    .build(), child);
        }
    }

    public Output<String> topicArn(Severity severity) {
        return topics.get(severity).arn();
    }

    /** The topic of {@code severity} in {@code region}; the stack's own when that is its region. */
    public Output<String> topicArn(Severity severity, java.util.Optional<String> region) {
        return region.map(r -> elsewhere.get(r).get(severity)).orElseGet(() -> topicArn(severity));
    }
}
