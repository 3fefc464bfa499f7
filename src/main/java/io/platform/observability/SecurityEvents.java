package io.platform.observability;

import com.pulumi.aws.cloudwatch.EventRule;
import com.pulumi.aws.cloudwatch.EventRuleArgs;
import com.pulumi.aws.cloudwatch.EventTarget;
import com.pulumi.aws.cloudwatch.EventTargetArgs;
import com.pulumi.aws.lambda.Permission;
import com.pulumi.aws.lambda.PermissionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.FindingsConfig;
import io.platform.config.Naming;
import io.platform.config.Severity;
import io.platform.json.StableJson;

import java.util.List;
import java.util.Map;

/**
 * Security automation (seed 001 §4.6, CIS AWS Foundations 4.x): EventBridge rules that send GuardDuty
 * findings at or above the configured severity to the critical topic, and Config rules turning
 * NON_COMPLIANT and Security Hub findings at or above the configured label to the warning topic; and,
 * where CloudTrail delivers to CloudWatch Logs, the CIS metric filters and alarms for root-account use
 * (critical) and IAM policy changes (warning).
 */
public final class SecurityEvents extends ComponentResource {
    /** Where the CIS filters publish their counts. */
    public static final String CIS_NAMESPACE = "CISBenchmark";
    /** CIS 4.3 / CloudWatch.1: the root user signed in or called an API itself. */
    public static final String ROOT_USAGE_PATTERN = "{ $.userIdentity.type = \"Root\" && "
            + "$.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }";
    /** CIS 4.4 / CloudWatch.4: an IAM policy was created, changed, attached or detached. */
    public static final String IAM_POLICY_CHANGES_PATTERN = "{($.eventName=DeleteGroupPolicy)||"
            + "($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||"
            + "($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||"
            + "($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||"
            + "($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||"
            + "($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}";

    private final List<String> alarmNames = new java.util.ArrayList<>();

    public SecurityEvents(String name, SecurityEventsArgs args, ComponentResourceOptions options) {
        super("platform:observability:SecurityEvents", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        FindingsConfig config = args.config();
        EventRule guardDuty = rule(args, "guardduty-findings", "GuardDuty findings of severity "
                + config.guardDutyMinSeverity() + " and above", guardDutyPattern(config.guardDutyMinSeverity()),
                args.criticalTopicArn(), child);
        args.remediation().ifPresent(fn -> remediate(args.naming(), guardDuty, fn, child));
        if (config.configCompliance()) {
            rule(args, "config-compliance", "AWS Config rules turning NON_COMPLIANT", CONFIG_PATTERN,
                    args.warningTopicArn(), child);
        }
        rule(args, "securityhub-findings", "new active Security Hub findings of " + config.securityHubMinSeverity()
                + " and above", securityHubPattern(config.securityHubMinSeverity()), args.warningTopicArn(), child);
        if (config.cisAlarms()) {
            Output<String> logGroup = args.trailLogGroupName().orElseThrow();
            cis(args, "cis-root-usage", "RootAccountUsage", ROOT_USAGE_PATTERN, Severity.CRITICAL,
                    args.criticalTopicArn(), logGroup);
            cis(args, "cis-iam-policy-changes", "IamPolicyChanges", IAM_POLICY_CHANGES_PATTERN, Severity.WARNING,
                    args.warningTopicArn(), logGroup);
        }
        registerOutputs(Map.of());
    }

    static final String CONFIG_PATTERN = json(Map.of(
            "source", List.of("aws.config"),
            "detail-type", List.of("Config Rules Compliance Change"),
            "detail", Map.of("newEvaluationResult", Map.of("complianceType", List.of("NON_COMPLIANT")))));

    static String guardDutyPattern(double minSeverity) {
        return json(Map.of(
                "source", List.of("aws.guardduty"),
                "detail-type", List.of("GuardDuty Finding"),
                "detail", Map.of("severity", List.of(Map.of("numeric", List.of(">=", minSeverity))))));
    }

    static String securityHubPattern(FindingsConfig.Label min) {
        return json(Map.of(
                "source", List.of("aws.securityhub"),
                "detail-type", List.of("Security Hub Findings - Imported"),
                "detail", Map.of("findings", Map.of(
                        "Severity", Map.of("Label", min.andAbove()),
                        "Workflow", Map.of("Status", List.of("NEW")),
                        "RecordState", List.of("ACTIVE")))));
    }

    /**
     * The GuardDuty rule also invokes the remediation function (issue 16 item 4), allowed for that rule only;
     * the target waits for the permission so the first finding is not refused.
     */
    private void remediate(Naming naming, EventRule rule, SecurityEventsArgs.Remediation fn,
                           CustomResourceOptions child) {
        Permission allow = new Permission(naming.name("guardduty-findings-remediation-invoke"), PermissionArgs.builder()
                .function(fn.functionName())
                .action("lambda:InvokeFunction")
                .principal("events.amazonaws.com")
                .sourceArn(rule.arn())
                .build(), child);
        new EventTarget(naming.name("guardduty-findings-to-remediation"), EventTargetArgs.builder()
                .rule(rule.name())
                .targetId("remediation")
                .arn(fn.functionArn())
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(allow).build());
    }

    private EventRule rule(SecurityEventsArgs args, String base, String description, String pattern,
                      Output<String> topicArn, CustomResourceOptions child) {
        Naming naming = args.naming();
        EventRule rule = new EventRule(naming.name(base), EventRuleArgs.builder()
                .name(naming.name(base))
                .description(description)
                .eventPattern(pattern)
                .state("ENABLED")
                .tags(naming.tags(base))
                .build(), child);
        new EventTarget(naming.name(base + "-to-topic"), EventTargetArgs.builder()
                .rule(rule.name())
                .targetId("alert-topic")
                .arn(topicArn)
                .build(), child);
        return rule;
    }

    private void cis(SecurityEventsArgs args, String base, String metric, String pattern, Severity severity,
                     Output<String> topicArn, Output<String> logGroup) {
        alarmNames.add(TrailAlarms.declare(args.naming(), new TrailAlarms.Watch(base, CIS_NAMESPACE, metric,
                Output.of(pattern), metric + " seen in CloudTrail (CIS)", severity, topicArn), logGroup, this));
    }

    /** The CIS alarms' names, for the closing report and tests. */
    public List<String> alarmNames() {
        return List.copyOf(alarmNames);
    }

    private static String json(Map<String, Object> pattern) {
        return StableJson.write(pattern);
    }
}
