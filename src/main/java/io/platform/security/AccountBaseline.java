package io.platform.security;

import com.pulumi.aws.accessanalyzer.Analyzer;
import com.pulumi.aws.accessanalyzer.AnalyzerArgs;
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
import com.pulumi.aws.cloudtrail.Trail;
import com.pulumi.aws.cloudtrail.TrailArgs;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.guardduty.Detector;
import com.pulumi.aws.guardduty.DetectorArgs;
import com.pulumi.aws.guardduty.DetectorFeature;
import com.pulumi.aws.guardduty.DetectorFeatureArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.aws.inspector2.Enabler;
import com.pulumi.aws.inspector2.EnablerArgs;
import com.pulumi.aws.securityhub.Account;
import com.pulumi.aws.securityhub.AccountArgs;
import com.pulumi.aws.securityhub.StandardsSubscription;
import com.pulumi.aws.securityhub.StandardsSubscriptionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.aws.AwsAccount;
import io.platform.config.Naming;
import io.platform.iam.PolicyDocument;
import io.platform.iam.PolicyDocument.Statement;
import io.platform.iam.TrustPolicies;
import io.platform.storage.SecureBucket;
import io.platform.storage.SecureBucketArgs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The account's security services (SPEC §3.2), behind {@code platform:security.accountBaseline}
 * because an account holds one of each: GuardDuty, Security Hub with FSBP and CIS, a
 * multi-region CloudTrail (validated, KMS, CloudWatch Logs, its own secure bucket), AWS
 * Config with managed rules, IAM Access Analyzer and Inspector for ECR.
 */
public final class AccountBaseline extends ComponentResource {
    /** Managed Config rules: public buckets, unencrypted databases, open SSH, trail and root keys. */
    static final List<String> CONFIG_RULES = List.of(
            "S3_BUCKET_PUBLIC_READ_PROHIBITED", "S3_BUCKET_PUBLIC_WRITE_PROHIBITED", "RDS_STORAGE_ENCRYPTED",
            "INCOMING_SSH_DISABLED", "CLOUD_TRAIL_ENABLED", "IAM_ROOT_ACCESS_KEY_CHECK",
            "CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED", "VPC_FLOW_LOGS_ENABLED");
    static final int AUDIT_LOG_RETENTION_DAYS = 365;
    private static final String TRAIL_PREFIX = "cloudtrail";
    private static final String CONFIG_PREFIX = "config";

    private final Trail trail;

    public AccountBaseline(String name, AccountBaselineArgs args, ComponentResourceOptions options) {
        super("platform:security:AccountBaseline", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        Naming naming = args.naming();
        AwsAccount account = args.account();
        String trailName = naming.name("trail");
        Output<String> trailArn = account.arn("cloudtrail", "trail/" + trailName);

        SecureBucket audit = new SecureBucket(naming.name("audit-logs-bucket"), SecureBucketArgs.of(naming, "audit-logs",
                        account.accountId().applyValue(id -> naming.bucketName("audit-logs", id)),
                        SecureBucketArgs.Encryption.kms(args.logsKeyArn()), Optional.of(args.accessLogsBucket()))
                .withExtraStatements(Output.tuple(account.partition(), account.accountId(), trailArn).applyValue(t ->
                        deliveryStatements("arn:" + t.t1 + ":s3:::" + naming.bucketName("audit-logs", t.t2), t.t2, t.t3))),
                ComponentResourceOptions.builder().parent(this).build());

        LogGroup trailLogs = new LogGroup(naming.name("cloudtrail-logs"), LogGroupArgs.builder()
                .name("/" + naming.project() + "/" + naming.environment() + "/cloudtrail")
                .retentionInDays(AUDIT_LOG_RETENTION_DAYS)
                .kmsKeyId(args.logsKeyArn())
                .tags(naming.tags("cloudtrail-logs"))
                .build(), child);
        Role trailRole = new Role(naming.name("cloudtrail-role"), RoleArgs.builder()
                .description("Lets CloudTrail deliver " + trailName + " to CloudWatch Logs")
                .assumeRolePolicy(TrustPolicies.service("CloudTrailAssume", "cloudtrail.amazonaws.com",
                        account.accountId(), trailArn))
                .tags(naming.tags("cloudtrail-role"))
                .build(), child);
        new RolePolicy(naming.name("cloudtrail-to-logs"), RolePolicyArgs.builder()
                .role(trailRole.id())
                .policy(trailLogs.arn().applyValue(arn -> PolicyDocument.create()
                        .statement(Statement.allow("DeliverTrailEvents")
                                .actions("logs:CreateLogStream", "logs:PutLogEvents")
                                .resources(arn + ":log-stream:*"))
                        .toJson()))
                .build(), child);
        this.trail = new Trail(trailName, TrailArgs.builder()
                .name(trailName)
                .s3BucketName(audit.bucketName())
                .s3KeyPrefix(TRAIL_PREFIX)
                .isMultiRegionTrail(true)
                .includeGlobalServiceEvents(true)
                .enableLogFileValidation(true)
                .enableLogging(true)
                .kmsKeyId(args.logsKeyArn())
                .cloudWatchLogsGroupArn(trailLogs.arn().applyValue(arn -> arn + ":*"))
                .cloudWatchLogsRoleArn(trailRole.arn())
                .tags(naming.tags("trail"))
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(audit).build());

        declareConfig(naming, account, audit, args.logsKeyArn(), child);

        Detector detector = new Detector(naming.name("guardduty"), DetectorArgs.builder()
                .enable(true)
                .findingPublishingFrequency("FIFTEEN_MINUTES")
                .tags(naming.tags("guardduty"))
                .build(), child);
        for (String feature : List.of("S3_DATA_EVENTS", "RDS_LOGIN_EVENTS")) {
            new DetectorFeature(naming.name("guardduty-" + feature.toLowerCase().replace('_', '-')),
                    DetectorFeatureArgs.builder().detectorId(detector.id()).name(feature).status("ENABLED").build(), child);
        }

        Account hub = new Account(naming.name("securityhub"), AccountArgs.builder()
                .enableDefaultStandards(false)
                .autoEnableControls(true)
                .build(), child);
        var afterHub = CustomResourceOptions.builder().parent(this).dependsOn(hub).build();
        new StandardsSubscription(naming.name("securityhub-fsbp"), StandardsSubscriptionArgs.builder()
                .standardsArn(account.partition().applyValue(p -> "arn:" + p + ":securityhub:" + account.region()
                        + "::standards/aws-foundational-security-best-practices/v/1.0.0"))
                .build(), afterHub);
        new StandardsSubscription(naming.name("securityhub-cis"), StandardsSubscriptionArgs.builder()
                .standardsArn(account.partition().applyValue(p -> "arn:" + p + ":securityhub:" + account.region()
                        + "::standards/cis-aws-foundations-benchmark/v/1.4.0"))
                .build(), afterHub);

        new Analyzer(naming.name("access-analyzer"), AnalyzerArgs.builder()
                .analyzerName(naming.name("access-analyzer"))
                .type("ACCOUNT")
                .tags(naming.tags("access-analyzer"))
                .build(), child);
        new Enabler(naming.name("inspector"), EnablerArgs.builder()
                .accountIds(account.accountId().applyValue(List::of))
                .resourceTypes("ECR")
                .build(), child);

        registerOutputs(Map.of("trailArn", trail.arn(), "auditBucket", audit.bucketName()));
    }

    private void declareConfig(Naming naming, AwsAccount account, SecureBucket audit, Output<String> logsKey,
                                      CustomResourceOptions child) {
        Role role = new Role(naming.name("config-role"), RoleArgs.builder()
                .description("AWS Config recorder of " + naming.project() + "-" + naming.environment())
                .assumeRolePolicy(TrustPolicies.service("ConfigAssume", "config.amazonaws.com", account.accountId()))
                .tags(naming.tags("config-role"))
                .build(), child);
        new RolePolicyAttachment(naming.name("config-role-policy"), RolePolicyAttachmentArgs.builder()
                .role(role.name())
                .policyArn(account.partition().applyValue(p -> "arn:" + p + ":iam::aws:policy/service-role/AWS_ConfigRole"))
                .build(), child);
        new RolePolicy(naming.name("config-delivery"), RolePolicyArgs.builder()
                .role(role.id())
                .policy(Output.tuple(audit.arn(), logsKey, account.accountId()).applyValue(t -> PolicyDocument.create()
                        .statement(Statement.allow("DeliverSnapshots").actions("s3:PutObject")
                                .resources(t.t1 + "/" + CONFIG_PREFIX + "/AWSLogs/" + t.t3 + "/Config/*"))
                        .statement(Statement.allow("CheckBucket").actions("s3:GetBucketAcl").resources(t.t1))
                        .statement(Statement.allow("EncryptSnapshots").actions("kms:GenerateDataKey", "kms:Decrypt")
                                .resources(t.t2))
                        .toJson()))
                .build(), child);
        Recorder recorder = new Recorder(naming.name("config-recorder"), RecorderArgs.builder()
                .name(naming.name("config-recorder"))
                .roleArn(role.arn())
                .recordingGroup(RecorderRecordingGroupArgs.builder()
                        .allSupported(true).includeGlobalResourceTypes(true).build())
                .build(), child);
        DeliveryChannel channel = new DeliveryChannel(naming.name("config-delivery-channel"), DeliveryChannelArgs.builder()
                .name(naming.name("config-delivery-channel"))
                .s3BucketName(audit.bucketName())
                .s3KeyPrefix(CONFIG_PREFIX)
                .s3KmsKeyArn(logsKey)
                .snapshotDeliveryProperties(DeliveryChannelSnapshotDeliveryPropertiesArgs.builder()
                        .deliveryFrequency("TwentyFour_Hours").build())
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(recorder).build());
        RecorderStatus status = new RecorderStatus(naming.name("config-recorder-status"), RecorderStatusArgs.builder()
                .name(recorder.name())
                .isEnabled(true)
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(channel).build());
        for (String rule : CONFIG_RULES) {
            String ruleName = rule.toLowerCase().replace('_', '-');
            new Rule(naming.name("config-" + ruleName), RuleArgs.builder()
                    .name(naming.name(ruleName))
                    .source(RuleSourceArgs.builder().owner("AWS").sourceIdentifier(rule).build())
                    .tags(naming.tags("config-" + ruleName))
                    .build(), CustomResourceOptions.builder().parent(this)
                    .dependsOn(status).build());
        }
    }

    /** What CloudTrail and AWS Config need on the audit bucket, bound to this account and trail. */
    private static List<Statement> deliveryStatements(String bucketArn, String accountId, String trailArn) {
        return List.of(
                Statement.allow("CloudTrailAclCheck").servicePrincipal("cloudtrail.amazonaws.com")
                        .actions("s3:GetBucketAcl").resources(bucketArn)
                        .condition("StringEquals", "aws:SourceArn", trailArn),
                Statement.allow("CloudTrailWrite").servicePrincipal("cloudtrail.amazonaws.com")
                        .actions("s3:PutObject").resources(bucketArn + "/" + TRAIL_PREFIX + "/AWSLogs/" + accountId + "/*")
                        .condition("StringEquals", "aws:SourceArn", trailArn)
                        .condition("StringEquals", "s3:x-amz-acl", "bucket-owner-full-control"),
                Statement.allow("ConfigAclCheck").servicePrincipal("config.amazonaws.com")
                        .actions("s3:GetBucketAcl", "s3:ListBucket").resources(bucketArn)
                        .condition("StringEquals", "aws:SourceAccount", accountId),
                Statement.allow("ConfigWrite").servicePrincipal("config.amazonaws.com")
                        .actions("s3:PutObject").resources(bucketArn + "/" + CONFIG_PREFIX + "/AWSLogs/" + accountId + "/Config/*")
                        .condition("StringEquals", "aws:SourceAccount", accountId)
                        .condition("StringEquals", "s3:x-amz-acl", "bucket-owner-full-control"));
    }

    public Output<String> trailArn() {
        return trail.arn();
    }
}
