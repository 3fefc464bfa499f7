package io.platform.security;

import com.pulumi.aws.accessanalyzer.Analyzer;
import com.pulumi.aws.accessanalyzer.AnalyzerArgs;
import com.pulumi.aws.cloudtrail.Trail;
import com.pulumi.aws.cloudtrail.TrailArgs;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.guardduty.Detector;
import com.pulumi.aws.guardduty.DetectorArgs;
import com.pulumi.aws.guardduty.DetectorFeature;
import com.pulumi.aws.guardduty.DetectorFeatureArgs;
import com.pulumi.aws.guardduty.inputs.DetectorFeatureAdditionalConfigurationArgs;
import com.pulumi.aws.ebs.EncryptionByDefault;
import com.pulumi.aws.ebs.EncryptionByDefaultArgs;
import com.pulumi.aws.ebs.SnapshotBlockPublicAccess;
import com.pulumi.aws.ebs.SnapshotBlockPublicAccessArgs;
import com.pulumi.aws.iam.AccountPasswordPolicy;
import com.pulumi.aws.iam.AccountPasswordPolicyArgs;
import com.pulumi.aws.s3.AccountPublicAccessBlock;
import com.pulumi.aws.s3.AccountPublicAccessBlockArgs;
import com.pulumi.aws.ssm.ServiceSetting;
import com.pulumi.aws.ssm.ServiceSettingArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.inspector2.Enabler;
import com.pulumi.aws.inspector2.EnablerArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.aws.AwsAccount;
import io.platform.config.AuditConfig;
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
 * because an account holds one of each: GuardDuty with every protection plan, Security Hub with the
 * configured standards (FSBP and CIS v3.0.0 by default), a multi-region CloudTrail (validated, KMS,
 * CloudWatch Logs, its own secure bucket; S3 data events and Insights when {@code platform:security.audit}
 * asks), AWS Config recording through its service-linked role with the configured managed rules, IAM Access Analyzer,
 * Inspector for EC2, ECR and Lambda, and the account-wide settings: S3 Block Public Access, EBS
 * encryption by default, the IAM password policy and the SSM service settings.
 */
public final class AccountBaseline extends ComponentResource {
    /** GuardDuty protection plans (GuardDuty.5-13); RUNTIME_MONITORING also manages the agents below. */
    static final List<String> GUARDDUTY_FEATURES = List.of("S3_DATA_EVENTS", "EKS_AUDIT_LOGS", "EBS_MALWARE_PROTECTION",
            "RDS_LOGIN_EVENTS", "LAMBDA_NETWORK_LOGS", "RUNTIME_MONITORING");
    static final List<String> RUNTIME_AGENTS = List.of("ECS_FARGATE_AGENT_MANAGEMENT", "EC2_AGENT_MANAGEMENT",
            "EKS_ADDON_MANAGEMENT");
    /** Inspector scans every workload type (Inspector.1-4). */
    static final List<String> INSPECTOR_RESOURCE_TYPES = List.of("EC2", "ECR", "LAMBDA", "LAMBDA_CODE");
    /** SSM.7: no public sharing of SSM documents; SSM.6: Automation's script output goes to CloudWatch Logs. */
    static final Map<String, String> SSM_SETTINGS = Map.of(
            "/ssm/documents/console/public-sharing-permission", "Disable",
            "/ssm/automation/customer-script-log-destination", "CloudWatch");
    private static final String TRAIL_PREFIX = "cloudtrail";
    /** The path and name of AWS Config's service-linked role (Config.1 wants the recorder to use it). */
    public static final String CONFIG_SERVICE_LINKED_ROLE = "/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig";

    private final Trail trail;
    private final LogGroup trailLogs;

    public AccountBaseline(String name, AccountBaselineArgs args, ComponentResourceOptions options) {
        super("platform:security:AccountBaseline", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        Naming naming = args.naming();
        AuditConfig audit = args.audit();
        AwsAccount account = args.account();
        String trailName = naming.name("trail");
        Output<String> trailArn = account.arn("cloudtrail", "trail/" + trailName);

        SecureBucket auditBucket = new SecureBucket(naming.name("audit-logs-bucket"), SecureBucketArgs.of(naming, "audit-logs",
                        account.accountId().applyValue(id -> naming.bucketName("audit-logs", id)),
                        SecureBucketArgs.Encryption.kms(args.logsKeyArn()), Optional.of(args.accessLogsBucket()))
                .withExtraStatements(Output.tuple(account.partition(), account.accountId(), trailArn).applyValue(t ->
                        deliveryStatements("arn:" + t.t1 + ":s3:::" + naming.bucketName("audit-logs", t.t2), t.t2, t.t3))),
                ComponentResourceOptions.builder().parent(this).build());

        this.trailLogs = new LogGroup(naming.name("cloudtrail-logs"), LogGroupArgs.builder()
                .name("/" + naming.project() + "/" + naming.environment() + "/cloudtrail")
                .retentionInDays(audit.trailLogRetentionDays())
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
        TrailArgs.Builder trailArgs = TrailArgs.builder();
        // Only when asked: an empty selector list is a diff on trails deployed before these keys existed.
        if (!audit.s3DataEvents().isEmpty()) {
            trailArgs.advancedEventSelectors(TrailSelectors.advanced(audit.s3DataEvents(), args.bucketArns()));
        }
        if (!audit.insights().isEmpty()) {
            trailArgs.insightSelectors(TrailSelectors.insights(audit.insights()));
        }
        this.trail = new Trail(trailName, trailArgs
                .name(trailName)
                .s3BucketName(auditBucket.bucketName())
                .s3KeyPrefix(TRAIL_PREFIX)
                .isMultiRegionTrail(true)
                .includeGlobalServiceEvents(true)
                .enableLogFileValidation(true)
                .enableLogging(true)
                .kmsKeyId(args.logsKeyArn())
                .cloudWatchLogsGroupArn(trailLogs.arn().applyValue(arn -> arn + ":*"))
                .cloudWatchLogsRoleArn(trailRole.arn())
                .tags(naming.tags("trail"))
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(auditBucket).build());

        ConfigRecording.declare(naming, account, auditBucket.bucketName(), args.logsKeyArn(), audit.configRules(), this);

        Detector detector = new Detector(naming.name("guardduty"), DetectorArgs.builder()
                .enable(true)
                .findingPublishingFrequency("FIFTEEN_MINUTES")
                .tags(naming.tags("guardduty"))
                .build(), child);
        for (String feature : GUARDDUTY_FEATURES) {
            DetectorFeatureArgs.Builder featureArgs = DetectorFeatureArgs.builder()
                    .detectorId(detector.id()).name(feature).status("ENABLED");
            if (feature.equals("RUNTIME_MONITORING")) {
                featureArgs.additionalConfigurations(RUNTIME_AGENTS.stream().map(agent ->
                        DetectorFeatureAdditionalConfigurationArgs.builder().name(agent).status("ENABLED").build()).toList());
            }
            new DetectorFeature(naming.name("guardduty-" + feature.toLowerCase().replace('_', '-')), featureArgs.build(), child);
        }

        ConfigRecording.declareSecurityHub(naming, account, audit.standards(), this);

        new Analyzer(naming.name("access-analyzer"), AnalyzerArgs.builder()
                .analyzerName(naming.name("access-analyzer"))
                .type("ACCOUNT")
                .tags(naming.tags("access-analyzer"))
                .build(), child);
        new Enabler(naming.name("inspector"), EnablerArgs.builder()
                .accountIds(account.accountId().applyValue(List::of))
                .resourceTypes(INSPECTOR_RESOURCE_TYPES)
                .build(), child);

        declareAccountSettings(naming, account, child);

        registerOutputs(Map.of("trailArn", trail.arn(), "auditBucket", auditBucket.bucketName()));
    }

    /**
     * The account-wide settings: S3 Block Public Access, EBS encryption by default and snapshot block public access,
     * password policy, SSM.
     */
    private static void declareAccountSettings(Naming naming, AwsAccount account, CustomResourceOptions child) {
        new AccountPublicAccessBlock(naming.name("s3-account-public-access-block"), AccountPublicAccessBlockArgs.builder()
                .blockPublicAcls(true)
                .ignorePublicAcls(true)
                .blockPublicPolicy(true)
                .restrictPublicBuckets(true)
                .build(), child);
        new EncryptionByDefault(naming.name("ebs-encryption-by-default"), EncryptionByDefaultArgs.builder()
                .enabled(true)
                .build(), child);
        // EC2.182: no EBS snapshot of the region can be shared publicly, not even by mistake.
        new SnapshotBlockPublicAccess(naming.name("ebs-snapshot-block-public-access"), SnapshotBlockPublicAccessArgs.builder()
                .state("block-all-sharing")
                .build(), child);
        // CIS 1.8/1.9 and IAM.7: 14 characters, every character class, 24 remembered, 90 days.
        new AccountPasswordPolicy(naming.name("password-policy"), AccountPasswordPolicyArgs.builder()
                .minimumPasswordLength(14)
                .requireLowercaseCharacters(true)
                .requireUppercaseCharacters(true)
                .requireNumbers(true)
                .requireSymbols(true)
                .passwordReusePrevention(24)
                .maxPasswordAge(90)
                .build(), child);
        SSM_SETTINGS.forEach((id, value) -> new ServiceSetting(
                naming.name("ssm-setting" + id.substring(id.lastIndexOf('/')).replace('/', '-')),
                ServiceSettingArgs.builder()
                        .settingId(account.arn("ssm", "servicesetting" + id))
                        .settingValue(value)
                        .build(), child));
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
                        .actions("s3:PutObject").resources(bucketArn + "/" + ConfigRecording.CONFIG_PREFIX + "/AWSLogs/" + accountId + "/Config/*")
                        .condition("StringEquals", "aws:SourceAccount", accountId)
                        .condition("StringEquals", "s3:x-amz-acl", "bucket-owner-full-control"));
    }

    public Output<String> trailArn() {
        return trail.arn();
    }

    /** The CloudWatch Logs group the trail delivers to (the CIS metric filters read it). */
    public Output<String> trailLogGroupName() {
        return trailLogs.name();
    }
}
