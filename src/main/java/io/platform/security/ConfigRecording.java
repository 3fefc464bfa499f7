package io.platform.security;

import com.pulumi.aws.cfg.DeliveryChannel;
import com.pulumi.aws.cfg.DeliveryChannelArgs;
import com.pulumi.aws.cfg.Recorder;
import com.pulumi.aws.cfg.RecorderArgs;
import com.pulumi.aws.cfg.RecorderStatus;
import com.pulumi.aws.cfg.RecorderStatusArgs;
import com.pulumi.aws.cfg.Rule;
import com.pulumi.aws.cfg.RuleArgs;
import com.pulumi.aws.cfg.inputs.DeliveryChannelSnapshotDeliveryPropertiesArgs;
import com.pulumi.aws.cfg.inputs.RecorderRecordingGroupArgs;
import com.pulumi.aws.cfg.inputs.RuleSourceArgs;
import com.pulumi.aws.iam.ServiceLinkedRole;
import com.pulumi.aws.iam.ServiceLinkedRoleArgs;
import com.pulumi.aws.securityhub.Account;
import com.pulumi.aws.securityhub.AccountArgs;
import com.pulumi.aws.securityhub.StandardsSubscription;
import com.pulumi.aws.securityhub.StandardsSubscriptionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.platform.aws.AwsAccount;
import io.platform.config.AuditConfig;
import io.platform.config.ManagedConfigRules;
import io.platform.config.Naming;

import java.util.List;

/**
 * The account baseline's compliance checks: AWS Config recording with the configured managed rules, and
 * Security Hub with the configured standards. Resource names derive from the rule identifier and the
 * standard's config name (never a list index), so reordering or adding one replaces nothing.
 */
final class ConfigRecording {
    static final String CONFIG_PREFIX = "config";

    private ConfigRecording() {
    }

    static void declare(Naming naming, AwsAccount account, Output<String> auditBucket, Output<String> logsKey,
                        List<String> rules, Resource parent) {
        var child = CustomResourceOptions.builder().parent(parent).build();
        // Config.1: record through the service-linked role (AWSServiceRoleForConfig). Delivery to the audit bucket
        // is then granted by the bucket policy (config.amazonaws.com, this account) and the logs key's policy.
        ServiceLinkedRole role = new ServiceLinkedRole(naming.name("config-service-linked-role"), ServiceLinkedRoleArgs.builder()
                .awsServiceName("config.amazonaws.com")
                .description("AWS Config's recorder in " + naming.project() + "-" + naming.environment())
                .tags(naming.tags("config-service-linked-role"))
                .build(), child);
        Recorder recorder = new Recorder(naming.name("config-recorder"), RecorderArgs.builder()
                .name(naming.name("config-recorder"))
                .roleArn(Output.tuple(account.partition(), account.accountId()).applyValue(t ->
                        "arn:" + t.t1 + ":iam::" + t.t2 + ":role" + AccountBaseline.CONFIG_SERVICE_LINKED_ROLE))
                .recordingGroup(RecorderRecordingGroupArgs.builder()
                        .allSupported(true).includeGlobalResourceTypes(true).build())
                .build(), CustomResourceOptions.builder().parent(parent).dependsOn(role).build());
        DeliveryChannel channel = new DeliveryChannel(naming.name("config-delivery-channel"), DeliveryChannelArgs.builder()
                .name(naming.name("config-delivery-channel"))
                .s3BucketName(auditBucket)
                .s3KeyPrefix(CONFIG_PREFIX)
                .s3KmsKeyArn(logsKey)
                .snapshotDeliveryProperties(DeliveryChannelSnapshotDeliveryPropertiesArgs.builder()
                        .deliveryFrequency("TwentyFour_Hours").build())
                .build(), CustomResourceOptions.builder().parent(parent).dependsOn(recorder).build());
        RecorderStatus status = new RecorderStatus(naming.name("config-recorder-status"), RecorderStatusArgs.builder()
                .name(recorder.name())
                .isEnabled(true)
                .build(), CustomResourceOptions.builder().parent(parent).dependsOn(channel).build());
        for (String rule : rules) {
            String ruleName = ManagedConfigRules.kebab(rule);
            new Rule(naming.name("config-" + ruleName), RuleArgs.builder()
                    .name(naming.name(ruleName))
                    .source(RuleSourceArgs.builder().owner("AWS").sourceIdentifier(rule).build())
                    .tags(naming.tags("config-" + ruleName))
                    .build(), CustomResourceOptions.builder().parent(parent).dependsOn(status).build());
        }
    }

    /** Security Hub without AWS's default standards, subscribed to exactly the configured ones. */
    static void declareSecurityHub(Naming naming, AwsAccount account, List<AuditConfig.SecurityHubStandard> standards,
                                   Resource parent) {
        Account hub = new Account(naming.name("securityhub"), AccountArgs.builder()
                .enableDefaultStandards(false)
                .autoEnableControls(true)
                .build(), CustomResourceOptions.builder().parent(parent).build());
        var afterHub = CustomResourceOptions.builder().parent(parent).dependsOn(hub).build();
        for (AuditConfig.SecurityHubStandard standard : standards) {
            new StandardsSubscription(naming.name("securityhub-" + standard.configName().replace('.', '-')),
                    StandardsSubscriptionArgs.builder()
                            .standardsArn(account.partition().applyValue(p -> standard.arn(p, account.region())))
                            .build(), afterHub);
        }
    }
}
