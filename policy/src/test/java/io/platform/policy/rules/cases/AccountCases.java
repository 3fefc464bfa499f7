package io.platform.policy.rules.cases;

import io.platform.policy.sdk.PolicyResource;

import java.util.ArrayList;
import java.util.List;

import static io.platform.policy.rules.AwsTypes.ACCESS_ANALYZER;
import static io.platform.policy.rules.AwsTypes.ACCOUNT_ALTERNATE_CONTACT;
import static io.platform.policy.rules.AwsTypes.CLOUDTRAIL;
import static io.platform.policy.rules.AwsTypes.CONFIG_DELIVERY_CHANNEL;
import static io.platform.policy.rules.AwsTypes.CONFIG_RECORDER;
import static io.platform.policy.rules.AwsTypes.CONFIG_RECORDER_STATUS;
import static io.platform.policy.rules.AwsTypes.EBS_ENCRYPTION_BY_DEFAULT;
import static io.platform.policy.rules.AwsTypes.EBS_SNAPSHOT_BLOCK_PUBLIC_ACCESS;
import static io.platform.policy.rules.AwsTypes.GUARDDUTY_DETECTOR;
import static io.platform.policy.rules.AwsTypes.GUARDDUTY_FEATURE;
import static io.platform.policy.rules.AwsTypes.IAM_PASSWORD_POLICY;
import static io.platform.policy.rules.AwsTypes.IAM_ROLE;
import static io.platform.policy.rules.AwsTypes.INSPECTOR_ENABLER;
import static io.platform.policy.rules.AwsTypes.S3_ACCOUNT_PUBLIC_ACCESS_BLOCK;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET;
import static io.platform.policy.rules.AwsTypes.SECURITYHUB_ACCOUNT;
import static io.platform.policy.rules.AwsTypes.SECURITYHUB_STANDARD;
import static io.platform.policy.rules.AwsTypes.SSM_SERVICE_SETTING;
import static io.platform.policy.rules.AwsTypes.VPC_BLOCK_PUBLIC_ACCESS;
import static io.platform.policy.rules.cases.Cases.add;
import static io.platform.policy.rules.cases.Cases.drop;
import static io.platform.policy.rules.cases.Cases.l;
import static io.platform.policy.rules.cases.Cases.m;
import static io.platform.policy.rules.cases.Cases.r;
import static io.platform.policy.rules.cases.Cases.set;
import static io.platform.policy.rules.cases.Cases.unknown;

/** Account-baseline rules over one complete baseline stack; a workload stack without account services is not judged. */
final class AccountCases {
    static final String SLR = "arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig";

    private AccountCases() {
    }

    static PolicyResource[] baseline() {
        List<PolicyResource> out = new ArrayList<>(List.of(
                r(SECURITYHUB_ACCOUNT.current(), "securityhub").build(),
                r(SECURITYHUB_STANDARD.current(), "fsbp").p("standardsArn",
                        "arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0").build(),
                r(SECURITYHUB_STANDARD.current(), "cis").p("standardsArn",
                        "arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/3.0.0").build(),
                r(S3_ACCOUNT_PUBLIC_ACCESS_BLOCK.current(), "s3-pab").ps(m("blockPublicAcls", true, "blockPublicPolicy", true,
                        "ignorePublicAcls", true, "restrictPublicBuckets", true)).build(),
                r(EBS_ENCRYPTION_BY_DEFAULT.current(), "ebs-default").p("enabled", true).build(),
                r(EBS_SNAPSHOT_BLOCK_PUBLIC_ACCESS.current(), "ebs-snapshots").p("state", "block-all-sharing").build(),
                r(IAM_PASSWORD_POLICY.current(), "passwords").ps(m("minimumPasswordLength", 14, "requireLowercaseCharacters", true,
                        "requireUppercaseCharacters", true, "requireNumbers", true, "requireSymbols", true,
                        "passwordReusePrevention", 24, "maxPasswordAge", 90)).build(),
                r(SSM_SERVICE_SETTING.current(), "ssm-sharing").p("settingId",
                        "arn:aws:ssm:us-east-1:123456789012:servicesetting/ssm/documents/console/public-sharing-permission")
                        .p("settingValue", "Disable").build(),
                r(SSM_SERVICE_SETTING.current(), "ssm-automation-logs").p("settingId",
                        "/ssm/automation/customer-script-log-destination").p("settingValue", "CloudWatch").build(),
                r(CONFIG_RECORDER.current(), "recorder").p("name", "recorder").p("roleArn", SLR)
                        .p("recordingGroup", m("allSupported", true, "includeGlobalResourceTypes", true)).build(),
                r(CONFIG_RECORDER_STATUS.current(), "recorder-status").p("name", "recorder").p("isEnabled", true).build(),
                r(CONFIG_DELIVERY_CHANNEL.current(), "delivery").p("s3BucketName", "audit").build(),
                r(GUARDDUTY_DETECTOR.current(), "guardduty").p("enable", true).build(),
                r(INSPECTOR_ENABLER.current(), "inspector").p("accountIds", l("123456789012"))
                        .p("resourceTypes", l("EC2", "ECR", "LAMBDA", "LAMBDA_CODE")).build(),
                r(ACCESS_ANALYZER.current(), "analyzer").p("analyzerName", "account").p("type", "ACCOUNT").build(),
                r(ACCOUNT_ALTERNATE_CONTACT.current(), "security-contact").p("alternateContactType", "SECURITY")
                        .p("emailAddress", "security@example.com").p("name", "Security").p("phoneNumber", "+1").p("title", "CISO").build(),
                r(IAM_ROLE.current(), "support").p("managedPolicyArns", l("arn:aws:iam::aws:policy/AWSSupportAccess")).build(),
                r(VPC_BLOCK_PUBLIC_ACCESS.current(), "vpc-bpa").p("internetGatewayBlockMode", "block-ingress").build(),
                r(CLOUDTRAIL.current(), "trail").ps(m("isMultiRegionTrail", true, "advancedEventSelectors", l(
                        m("name", "management", "fieldSelectors", l(m("field", "eventCategory", "equals", l("Management")))),
                        m("name", "s3", "fieldSelectors", l(m("field", "eventCategory", "equals", l("Data")),
                                m("field", "resources.type", "equals", l("AWS::S3::Object"))))))).build()));
        for (String feature : List.of("S3_DATA_EVENTS", "EKS_AUDIT_LOGS", "EBS_MALWARE_PROTECTION", "RDS_LOGIN_EVENTS",
                "LAMBDA_NETWORK_LOGS")) {
            out.add(r(GUARDDUTY_FEATURE.current(), "gd-" + feature).p("detectorId", "d").p("name", feature).p("status", "ENABLED").build());
        }
        out.add(r(GUARDDUTY_FEATURE.current(), "gd-runtime").p("detectorId", "d").p("name", "RUNTIME_MONITORING").p("status", "ENABLED")
                .p("additionalConfigurations", l(m("name", "ECS_FARGATE_AGENT_MANAGEMENT", "status", "ENABLED"),
                        m("name", "EC2_AGENT_MANAGEMENT", "status", "ENABLED"), m("name", "EKS_ADDON_MANAGEMENT", "status", "ENABLED")))
                .build());
        return out.toArray(PolicyResource[]::new);
    }

    static void define(Cases c) {
        PolicyResource[] baseline = baseline();
        PolicyResource workload = r(S3_BUCKET.current(), "docs").p("bucket", "docs").build();

        c.stack("account-s3-public-access-block", baseline)
                .pass()
                .fail(drop("s3-pab"), "the account baseline declares no aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock;")
                .unknownIsEnough(unknown("s3-pab", "blockPublicAcls"));
        c.stack("account-s3-public-access-block", workload)
                .pass()
                .setting("requireInEveryStack", true)
                .fail(set("docs", "bucket", "docs"), "the account baseline declares no");

        c.stack("account-config-recorder", baseline)
                .pass()
                .fail(set("recorder", "roleArn", "arn:aws:iam::123456789012:role/config-role"),
                        "roleArn is arn:aws:iam::123456789012:role/config-role; Config must record through its service-linked role")
                .fail(set("recorder", "recordingGroup.allSupported", false), "recordingGroup.allSupported is false;")
                .fail(set("recorder-status", "isEnabled", false), "isEnabled is false;")
                .fail(drop("delivery"), "no aws:cfg/deliveryChannel:DeliveryChannel;")
                .fail(drop("recorder", "recorder-status", "delivery"), "the account baseline declares no aws:cfg/recorder:Recorder;")
                .unknown(unknown("recorder", "roleArn"))
                .unknown(List.of(unknown("recorder", "roleArn"), set("recorder-status", "isEnabled", false)), "isEnabled is false;");

        c.stack("account-guardduty", baseline)
                .pass()
                .fail(drop("gd-EKS_AUDIT_LOGS"), "GuardDuty feature EKS_AUDIT_LOGS is not ENABLED (GuardDuty.5);")
                .fail(set("gd-runtime", "additionalConfigurations[0].status", "DISABLED"),
                        "RUNTIME_MONITORING has no ENABLED additional configuration ECS_FARGATE_AGENT_MANAGEMENT (GuardDuty.12);")
                .fail(set("guardduty", "enable", false), "enable is false;")
                .fail(drop("guardduty"), "the account baseline declares no aws:guardduty/detector:Detector;")
                .unknown(unknown("gd-S3_DATA_EVENTS", "status"))
                .setting("requiredFeatures", l("S3_DATA_EVENTS"))
                .pass(drop("gd-EKS_AUDIT_LOGS", "gd-runtime"));

        c.stack("account-inspector", baseline)
                .pass()
                .fail(set("inspector", "resourceTypes", l("ECR")), "Inspector scanning of EC2, LAMBDA, LAMBDA_CODE is not enabled;")
                .fail(drop("inspector"), "Inspector scanning of EC2, ECR, LAMBDA, LAMBDA_CODE is not enabled;")
                .unknown(unknown("inspector", "resourceTypes"));

        c.stack("account-ebs-encryption-by-default", baseline)
                .pass()
                .fail(set("ebs-default", "enabled", false), "enabled is false;")
                .fail(drop("ebs-default"), "the account baseline declares no aws:ebs/encryptionByDefault:EncryptionByDefault;")
                .unknown(unknown("ebs-default", "enabled"));

        c.stack("account-ebs-snapshot-block-public-access", baseline)
                .pass()
                .fail(set("ebs-snapshots", "state", "block-new-sharing"), "state is block-new-sharing;")
                .fail(set("ebs-snapshots", "state", "unblocked"), "state is unblocked;")
                .fail(drop("ebs-snapshots"),
                        "the account baseline declares no aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess;")
                .unknown(unknown("ebs-snapshots", "state"));

        c.stack("account-password-policy", baseline)
                .pass()
                .fail(set("passwords", "minimumPasswordLength", 8), "minimumPasswordLength is 8;")
                .fail(set("passwords", "passwordReusePrevention", 5), "passwordReusePrevention is 5;")
                .fail(set("passwords", "maxPasswordAge", Cases.ABSENT), "maxPasswordAge is not set (never expires);")
                .fail(set("passwords", "requireSymbols", false), "requireSymbols is false;")
                .fail(drop("passwords"), "the account baseline declares no aws:iam/accountPasswordPolicy:AccountPasswordPolicy;")
                .unknown(unknown("passwords", "minimumPasswordLength"));

        c.stack("account-ssm-settings", baseline)
                .pass()
                .fail(set("ssm-sharing", "settingValue", "Enable"), "SSM service setting /ssm/documents/console/public-sharing-permission is Enable (SSM.7);")
                .fail(drop("ssm-automation-logs"), "SSM service setting /ssm/automation/customer-script-log-destination is not declared (SSM.6);")
                .unknown(unknown("ssm-sharing", "settingValue"));

        c.stack("account-vpc-block-public-access", baseline)
                .pass()
                .fail(set("vpc-bpa", "internetGatewayBlockMode", "off"), "internetGatewayBlockMode is off;")
                .fail(drop("vpc-bpa"), "the account baseline declares no aws:ec2/vpcBlockPublicAccessOptions:VpcBlockPublicAccessOptions;")
                .unknown(unknown("vpc-bpa", "internetGatewayBlockMode"));

        c.stack("account-cloudtrail", baseline)
                .pass()
                .fail(set("trail", "isMultiRegionTrail", false), "the account baseline declares no multi-region aws:cloudtrail/trail:Trail;")
                .unknownIsEnough(unknown("trail", "isMultiRegionTrail"));

        c.stack("account-security-hub-standards", baseline)
                .pass()
                .fail(drop("cis"), "no aws:securityhub/standardsSubscription:StandardsSubscription for cis-aws-foundations-benchmark/v/3.0.0;")
                .fail(set("cis", "standardsArn", "arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/1.4.0"),
                        "no aws:securityhub/standardsSubscription:StandardsSubscription for cis-aws-foundations-benchmark/v/3.0.0;")
                .fail(drop("securityhub"), "the account baseline declares no aws:securityhub/account:Account;")
                .unknown(unknown("cis", "standardsArn"));

        c.stack("account-access-analyzer", baseline)
                .pass()
                .pass(set("analyzer", "type", Cases.ABSENT))
                .fail(set("analyzer", "type", "ACCOUNT_UNUSED_ACCESS"), "the account baseline declares no aws:accessanalyzer/analyzer:Analyzer of type ACCOUNT or ORGANIZATION;")
                .fail(drop("analyzer"), "the account baseline declares no aws:accessanalyzer/analyzer:Analyzer")
                .unknown(unknown("analyzer", "type"));

        c.stack("account-security-contact", baseline)
                .pass()
                .fail(set("security-contact", "alternateContactType", "BILLING"), "the account baseline declares no aws:account/alternativeContact:AlternativeContact of type SECURITY;")
                .unknown(unknown("security-contact", "alternateContactType"));

        c.stack("account-support-role", baseline)
                .pass()
                .pass(drop("support"), add(r("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "support-attach").p("role", "ops")
                        .p("policyArn", "arn:aws:iam::aws:policy/AWSSupportAccess").build()))
                .fail(drop("support"), "no role or group of the account baseline has AWSSupportAccess attached;")
                .unknown(unknown("support", "managedPolicyArns"));

        c.stack("account-cloudtrail-s3-data-events", baseline)
                .pass()
                .pass(set("trail", "advancedEventSelectors", Cases.ABSENT), set("trail", "eventSelectors", l(m("readWriteType", "All",
                        "includeManagementEvents", true, "dataResources", l(m("type", "AWS::S3::Object", "values", l("arn:aws:s3")))))))
                .fail(set("trail", "advancedEventSelectors[1].fieldSelectors[2]", m("field", "readOnly", "equals", l("true"))),
                        "no trail of the account baseline records S3 object-level write events;")
                .fail(set("trail", "advancedEventSelectors", l()), "no trail of the account baseline records S3 object-level write events;",
                        "no trail of the account baseline records S3 object-level read events;")
                .unknown(unknown("trail", "advancedEventSelectors"));
    }
}
