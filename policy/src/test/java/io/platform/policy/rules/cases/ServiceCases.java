package io.platform.policy.rules.cases;

import io.platform.policy.rules.AwsTypes;

import io.platform.policy.sdk.PolicyResource;

import java.util.List;
import java.util.Map;

import static io.platform.policy.rules.AwsTypes.ACM_CERTIFICATE;
import static io.platform.policy.rules.AwsTypes.AUTOSCALING_GROUP;
import static io.platform.policy.rules.AwsTypes.BACKUP_SELECTION;
import static io.platform.policy.rules.AwsTypes.BACKUP_VAULT;
import static io.platform.policy.rules.AwsTypes.CLOUDTRAIL;
import static io.platform.policy.rules.AwsTypes.CODEDEPLOY_DEPLOYMENT_GROUP;
import static io.platform.policy.rules.AwsTypes.ECR_LIFECYCLE_POLICY;
import static io.platform.policy.rules.AwsTypes.ECR_REPOSITORY;
import static io.platform.policy.rules.AwsTypes.EFS_ACCESS_POINT;
import static io.platform.policy.rules.AwsTypes.EFS_BACKUP_POLICY;
import static io.platform.policy.rules.AwsTypes.EFS_FILE_SYSTEM;
import static io.platform.policy.rules.AwsTypes.EFS_MOUNT_TARGET;
import static io.platform.policy.rules.AwsTypes.EVENT_BUS;
import static io.platform.policy.rules.AwsTypes.EVENT_BUS_POLICY;
import static io.platform.policy.rules.AwsTypes.KMS_KEY;
import static io.platform.policy.rules.AwsTypes.KMS_KEY_POLICY;
import static io.platform.policy.rules.AwsTypes.LAMBDA_FUNCTION;
import static io.platform.policy.rules.AwsTypes.LAMBDA_FUNCTION_URL;
import static io.platform.policy.rules.AwsTypes.LAMBDA_PERMISSION;
import static io.platform.policy.rules.AwsTypes.LOG_GROUP;
import static io.platform.policy.rules.AwsTypes.NAT_GATEWAY;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;
import static io.platform.policy.rules.AwsTypes.ROUTE53_QUERY_LOG;
import static io.platform.policy.rules.AwsTypes.ROUTE53_ZONE;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET;
import static io.platform.policy.rules.AwsTypes.SECRET;
import static io.platform.policy.rules.AwsTypes.SECRET_ROTATION;
import static io.platform.policy.rules.AwsTypes.SNS_TOPIC;
import static io.platform.policy.rules.AwsTypes.SNS_TOPIC_POLICY;
import static io.platform.policy.rules.AwsTypes.SQS_QUEUE;
import static io.platform.policy.rules.AwsTypes.SQS_QUEUE_POLICY;
import static io.platform.policy.rules.AwsTypes.SSM_DOCUMENT;
import static io.platform.policy.rules.AwsTypes.SUBNET;
import static io.platform.policy.rules.cases.Cases.UNKNOWN;
import static io.platform.policy.rules.cases.Cases.add;
import static io.platform.policy.rules.cases.Cases.del;
import static io.platform.policy.rules.cases.Cases.drop;
import static io.platform.policy.rules.cases.Cases.l;
import static io.platform.policy.rules.cases.Cases.m;
import static io.platform.policy.rules.cases.Cases.r;
import static io.platform.policy.rules.cases.Cases.set;
import static io.platform.policy.rules.cases.Cases.unknown;

/** The services with one rules class each: Auto Scaling, ECR, KMS, Secrets Manager, logs, SNS, SQS, CloudTrail, Lambda, EFS, ... */
final class ServiceCases {
    static final String KEY = "arn:aws:kms:us-east-1:123456789012:key/k";
    static final String PUBLIC_POLICY = """
            {"Statement": [{"Sid": "Anyone", "Effect": "Allow", "Principal": "*", "Action": "sns:Publish", "Resource": "*"}]}""";
    static final String ACCOUNT_POLICY = """
            {"Statement": [{"Sid": "Alarms", "Effect": "Allow", "Principal": {"Service": "cloudwatch.amazonaws.com"},
              "Action": "sns:Publish", "Resource": "*", "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012"}}}]}""";
    static final String KEY_POLICY = """
            {"Statement": [
              {"Sid": "Admin", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "kms:*", "Resource": "*"},
              {"Sid": "Logs", "Effect": "Allow", "Principal": {"Service": "logs.us-east-1.amazonaws.com"},
               "Action": ["kms:Encrypt", "kms:Decrypt"], "Resource": "*",
               "Condition": {"ArnLike": {"kms:EncryptionContext:aws:logs:arn": "arn:aws:logs:us-east-1:123456789012:log-group:*"}}}]}""";

    private ServiceCases() {
    }

    static void define(Cases c) {
        autoScaling(c);
        containersAndKeys(c);
        messaging(c);
        lambdaAndEfs(c);
        others(c);
    }

    static void autoScaling(Cases c) {
        Map<String, Object> group = m("minSize", 2, "maxSize", 4, "vpcZoneIdentifiers", l("subnet-a", "subnet-b"),
                "targetGroupArns", l("arn:tg"), "healthCheckType", "ELB",
                "mixedInstancesPolicy", m("launchTemplate", m("launchTemplateSpecification", m("launchTemplateId", "lt-1"),
                        "overrides", l(m("instanceType", "t3.small"), m("instanceType", "t3a.small")))));
        String asg = AUTOSCALING_GROUP.current();
        c.resource("autoscaling-elb-health-check", asg, group)
                .pass()
                .pass(del("targetGroupArns"), del("healthCheckType"))
                .fail(set("healthCheckType", "EC2"), "healthCheckType is EC2;")
                .fail(del("healthCheckType"), "healthCheckType is EC2 (the default);")
                .unknown("healthCheckType");
        c.resource("autoscaling-multi-az", asg, group)
                .pass()
                .pass(set("vpcZoneIdentifiers", l(UNKNOWN, UNKNOWN)))
                .fail(set("vpcZoneIdentifiers", l("subnet-a")), "vpcZoneIdentifiers has 1 subnet;")
                .unknown("vpcZoneIdentifiers");
        c.resource("autoscaling-multiple-instance-types", asg, group)
                .pass()
                .fail(del("mixedInstancesPolicy.launchTemplate.overrides[1]"), "mixedInstancesPolicy.launchTemplate.overrides has 1 type;")
                .fail(List.of(del("mixedInstancesPolicy"), set("launchTemplate", m("id", "lt-1"))),
                        "mixedInstancesPolicy.launchTemplate.overrides has 0 types;")
                .unknown("mixedInstancesPolicy.launchTemplate.overrides");
        c.resource("autoscaling-launch-template", asg, group)
                .pass()
                .pass(del("mixedInstancesPolicy"), set("launchTemplate", m("id", "lt-1", "version", "$Latest")))
                .fail(set("launchConfiguration", "lc-1"), "launchConfiguration is set;")
                // a launch configuration whose name is not known yet is still a launch configuration
                .fail(set("launchConfiguration", UNKNOWN), "launchConfiguration is set;")
                .fail(del("mixedInstancesPolicy"), "launchTemplate is not set (nor mixedInstancesPolicy);")
                .unknownIsEnough("mixedInstancesPolicy");
    }

    static void containersAndKeys(Cases c) {
        Map<String, Object> repo = m("name", "api", "imageTagMutability", "IMMUTABLE", "imageScanningConfiguration", m("scanOnPush", true),
                "encryptionConfigurations", l(m("encryptionType", "KMS", "kmsKey", KEY)));
        String ecr = ECR_REPOSITORY.current();
        c.resource("ecr-scan-on-push", ecr, repo)
                .pass()
                .fail(set("imageScanningConfiguration.scanOnPush", false), "imageScanningConfiguration.scanOnPush is false;")
                .unknown("imageScanningConfiguration.scanOnPush");
        c.resource("ecr-immutable-tags", ecr, repo)
                .pass()
                .pass(set("imageTagMutability", "IMMUTABLE_WITH_EXCLUSION"))
                .fail(set("imageTagMutability", "MUTABLE"), "imageTagMutability is MUTABLE;")
                .fail(del("imageTagMutability"), "imageTagMutability is not set (MUTABLE);")
                .unknown("imageTagMutability");
        c.resource("ecr-kms-encryption", ecr, repo)
                .pass()
                .fail(del("encryptionConfigurations"), "encryptionConfigurations is not set (AES256);")
                .fail(del("encryptionConfigurations[0].kmsKey"), "encryptionConfigurations[0].kmsKey is not set (AWS managed key aws/ecr);")
                .fail(set("encryptionConfigurations[0].encryptionType", "AES256"), "encryptionConfigurations[0].encryptionType is AES256;")
                .unknown("encryptionConfigurations[0].kmsKey");
        PolicyResource repository = r(ecr, "api").p("name", "api").build();
        c.stack("ecr-lifecycle-policy", repository, r(ECR_LIFECYCLE_POLICY.current(), "api-lifecycle").p("repository", "api").build())
                .pass()
                .fail(drop("api-lifecycle"), "repository has no aws:ecr/lifecyclePolicy:LifecyclePolicy;")
                .unknown(List.of(drop("api-lifecycle"), add(r(ECR_LIFECYCLE_POLICY.current(), "stray").p("repository", UNKNOWN).build())));

        Map<String, Object> key = m("description", "data", "enableKeyRotation", true, "deletionWindowInDays", 30, "policy", KEY_POLICY);
        String kms = KMS_KEY.current();
        c.resource("kms-key-rotation", kms, key)
                .pass()
                .pass(set("customerMasterKeySpec", "RSA_2048"), set("keyUsage", "SIGN_VERIFY"), del("enableKeyRotation"))
                .fail(set("enableKeyRotation", false), "enableKeyRotation is false;")
                .unknown("enableKeyRotation");
        c.resource("kms-deletion-window", kms, key)
                .inStack("production")
                .pass()
                .pass(del("deletionWindowInDays"))
                .fail(set("deletionWindowInDays", 7), "deletionWindowInDays is 7;")
                .unknown("deletionWindowInDays");
        c.resource("kms-key-policy-not-public", kms, key)
                .pass()
                .fail(set("policy", KEY_POLICY.replace("{\"AWS\": \"arn:aws:iam::123456789012:root\"}", "\"*\"")),
                        "policy.Statement[0] (Admin) allows Principal \"*\" without an account condition;")
                .unknown("policy")
                .as(KMS_KEY_POLICY.current(), m("keyId", "k", "policy", KEY_POLICY))
                .pass()
                .fail(set("policy", KEY_POLICY.replace("{\"AWS\": \"arn:aws:iam::123456789012:root\"}", "{\"AWS\": \"*\"}")),
                        "policy.Statement[0] (Admin) allows Principal \"*\"");
        c.resource("kms-key-policy-service-grants-scoped", kms, key)
                .pass()
                .fail(set("policy", KEY_POLICY.replace(",\n   \"Condition\": {\"ArnLike\": {\"kms:EncryptionContext:aws:logs:arn\": "
                                + "\"arn:aws:logs:us-east-1:123456789012:log-group:*\"}}", "")),
                        "policy.Statement[1] (Logs) grants kms:Encrypt, kms:Decrypt to logs.us-east-1.amazonaws.com without a Condition;")
                .unknown("policy");
        c.resource("kms-no-lockout-bypass", kms, key)
                .pass()
                .fail(set("bypassPolicyLockoutSafetyCheck", true), "bypassPolicyLockoutSafetyCheck is true;")
                .unknown("bypassPolicyLockoutSafetyCheck")
                .as(KMS_KEY_POLICY.current(), m("keyId", "k", "policy", KEY_POLICY))
                .fail(set("bypassPolicyLockoutSafetyCheck", true), "bypassPolicyLockoutSafetyCheck is true;");
        c.resource("kms-key-description", kms, key)
                .pass()
                .fail(del("description"), "description is not set;")
                .unknownIsEnough("description");

        Map<String, Object> secret = m("name", "app/jwt", "description", "JWT signing key", "kmsKeyId", KEY, "recoveryWindowInDays", 7);
        c.resource("secretsmanager-customer-key", SECRET.current(), secret)
                .pass()
                .fail(del("kmsKeyId"), "kmsKeyId is not set (AWS managed key aws/secretsmanager);")
                .unknownIsEnough("kmsKeyId");
        c.resource("secretsmanager-recovery-window", SECRET.current(), secret)
                .pass()
                .pass(del("recoveryWindowInDays"))
                .fail(set("recoveryWindowInDays", 0), "recoveryWindowInDays is 0 (deleted at once);")
                .unknown("recoveryWindowInDays");
        c.resource("secretsmanager-description", SECRET.current(), secret)
                .pass()
                .fail(del("description"), "description is not set;")
                .unknownIsEnough("description");
        c.resource("secretsmanager-rotation-interval", SECRET_ROTATION.current(), m("secretId", "arn:secret",
                        "rotationLambdaArn", "arn:fn", "rotationRules", m("automaticallyAfterDays", 30)))
                .pass()
                .pass(del("rotationRules.automaticallyAfterDays"), set("rotationRules.scheduleExpression", "rate(60 days)"))
                .fail(set("rotationRules.automaticallyAfterDays", 180), "rotationRules rotate every 180 days;")
                .fail(List.of(del("rotationRules.automaticallyAfterDays"), set("rotationRules.scheduleExpression", "rate(120 days)")),
                        "rotationRules rotate every 120 days;")
                .unknown("rotationRules.automaticallyAfterDays");
        PolicyResource jwt = r(SECRET.current(), "jwt").p("arn", "arn:secret:jwt").ps(secret).build();
        c.stack("secretsmanager-rotation", jwt, r(SECRET_ROTATION.current(), "jwt-rotation").p("secretId", UNKNOWN).dep("secretId", jwt).build())
                .pass()
                .fail(drop("jwt-rotation"), "secret has no aws:secretsmanager/secretRotation:SecretRotation;")
                .unknown(List.of(drop("jwt-rotation"), add(r(SECRET_ROTATION.current(), "stray").p("secretId", UNKNOWN).build())));
    }

    static void messaging(Cases c) {
        Map<String, Object> logs = m("name", "/app", "retentionInDays", 90, "kmsKeyId", KEY);
        c.resource("cloudwatch-log-retention", LOG_GROUP.current(), logs)
                .pass()
                .fail(del("retentionInDays"), "retentionInDays is not set (logs never expire);")
                .fail(set("retentionInDays", 0), "retentionInDays is 0 (logs never expire);")
                .unknown("retentionInDays")
                .setting("minimumDays", 365)
                .fail(set("retentionInDays", 90), "retentionInDays is 90; keep logs for at least 365 days");
        c.resource("cloudwatch-log-kms", LOG_GROUP.current(), logs)
                .pass()
                .fail(del("kmsKeyId"), "kmsKeyId is not set;")
                .unknownIsEnough("kmsKeyId");

        c.resource("sns-encrypted", SNS_TOPIC.current(), m("name", "alarms", "kmsMasterKeyId", KEY))
                .pass()
                .fail(del("kmsMasterKeyId"), "kmsMasterKeyId is not set;")
                .unknownIsEnough("kmsMasterKeyId");
        c.resource("sns-topic-policy-not-public", SNS_TOPIC_POLICY.current(), m("arn", "arn:topic", "policy", ACCOUNT_POLICY))
                .pass()
                .fail(set("policy", PUBLIC_POLICY), "policy.Statement[0] (Anyone) allows Principal \"*\" without a limiting condition;")
                .unknown("policy")
                .as(SNS_TOPIC.current(), m("name", "alarms", "policy", ACCOUNT_POLICY))
                .fail(set("policy", PUBLIC_POLICY), "policy.Statement[0] (Anyone) allows Principal");

        c.resource("sqs-encrypted", SQS_QUEUE.current(), m("name", "dlq", "kmsMasterKeyId", KEY))
                .pass()
                .pass(del("kmsMasterKeyId"))
                .fail(List.of(del("kmsMasterKeyId"), set("sqsManagedSseEnabled", false)), "sqsManagedSseEnabled is false and kmsMasterKeyId is not set;")
                .unknown("sqsManagedSseEnabled", del("kmsMasterKeyId"));
        c.resource("sqs-queue-policy-not-public", SQS_QUEUE_POLICY.current(), m("queueUrl", "https://q", "policy",
                        ACCOUNT_POLICY.replace("sns:Publish", "sqs:SendMessage")))
                .pass()
                .fail(set("policy", PUBLIC_POLICY.replace("sns:Publish", "sqs:SendMessage")), "policy.Statement[0] (Anyone) allows Principal \"*\"")
                .unknown("policy");

        Map<String, Object> stream = m("name", "log-archive", "destination", "extended_s3", "serverSideEncryption",
                m("enabled", true, "keyType", "CUSTOMER_MANAGED_CMK", "keyArn", KEY));
        c.resource("firehose-encrypted", AwsTypes.FIREHOSE_STREAM.current(), stream)
                .pass()
                .pass(del("serverSideEncryption"), set("kinesisSourceConfiguration", m("kinesisStreamArn", "arn:stream")))
                .fail(del("serverSideEncryption"), "serverSideEncryption.enabled is false;")
                .fail(set("serverSideEncryption.keyType", "AWS_OWNED_CMK"), "serverSideEncryption.keyType is AWS_OWNED_CMK;")
                .fail(del("serverSideEncryption.keyArn"), "serverSideEncryption.keyArn is not set;")
                .unknown("serverSideEncryption.enabled");

        Map<String, Object> trail = m("isMultiRegionTrail", true, "enableLogFileValidation", true, "enableLogging", true,
                "kmsKeyId", KEY, "cloudWatchLogsGroupArn", "arn:aws:logs:us-east-1:1:log-group:trail:*", "cloudWatchLogsRoleArn", "arn:role",
                "s3BucketName", "audit", "eventSelectors", l(m("readWriteType", "All", "includeManagementEvents", true)));
        String ct = CLOUDTRAIL.current();
        c.resource("cloudtrail-multi-region", ct, trail)
                .pass()
                .fail(set("isMultiRegionTrail", false), "isMultiRegionTrail is false;")
                .unknown("isMultiRegionTrail");
        c.resource("cloudtrail-log-file-validation", ct, trail)
                .pass()
                .fail(del("enableLogFileValidation"), "enableLogFileValidation is not set")
                .unknown("enableLogFileValidation");
        c.resource("cloudtrail-kms", ct, trail)
                .pass()
                .fail(del("kmsKeyId"), "kmsKeyId is not set;")
                .unknownIsEnough("kmsKeyId");
        c.resource("cloudtrail-cloudwatch-logs", ct, trail)
                .pass()
                .fail(del("cloudWatchLogsRoleArn"), "cloudWatchLogsRoleArn is not set;")
                .unknownIsEnough("cloudWatchLogsGroupArn")
                .unknown("cloudWatchLogsGroupArn", del("cloudWatchLogsRoleArn"), "cloudWatchLogsRoleArn is not set;");
        c.resource("cloudtrail-records-management-events", ct, trail)
                .pass()
                .fail(set("eventSelectors[0].readWriteType", "WriteOnly"), "eventSelectors[0].readWriteType is WriteOnly;")
                .fail(set("eventSelectors[0].includeManagementEvents", false), "eventSelectors[0].includeManagementEvents is false;")
                .fail(set("enableLogging", false), "enableLogging is false;")
                .unknown("eventSelectors[0].readWriteType")
                .unknown("eventSelectors[0]", set("enableLogging", false), "enableLogging is false;");
        // Data events through advanced selectors: a selector of every management event must stay.
        Map<String, Object> management = m("name", "Management events", "fieldSelectors",
                l(m("field", "eventCategory", "equals", l("Management"))));
        Map<String, Object> documents = m("name", "S3 data events: documents (write)", "fieldSelectors", l(
                m("field", "eventCategory", "equals", l("Data")),
                m("field", "resources.type", "equals", l("AWS::S3::Object")),
                m("field", "resources.ARN", "startsWiths", l("arn:aws:s3:::docs/"))));
        Map<String, Object> advanced = new java.util.LinkedHashMap<>(trail);
        advanced.remove("eventSelectors");
        advanced.put("advancedEventSelectors", l(management, documents));
        c.resource("cloudtrail-records-management-events", ct, advanced)
                .pass()
                .fail(set("advancedEventSelectors", l(documents)), "advancedEventSelectors has no selector of every management event;")
                .fail(set("advancedEventSelectors[0].fieldSelectors", l(m("field", "eventCategory", "equals", l("Management")),
                        m("field", "readOnly", "equals", l("false")))), "advancedEventSelectors has no selector of every management event;")
                .unknown("advancedEventSelectors[0].fieldSelectors");
    }

    static void lambdaAndEfs(Cases c) {
        Map<String, Object> function = m("name", "rotator", "description", "Rotates the JWT secret", "runtime", "python3.12",
                "handler", "app.handler", "role", "arn:role", "vpcConfig", m("subnetIds", l("subnet-a", "subnet-b"),
                        "securityGroupIds", l("sg-fn")), "tracingConfig", m("mode", "Active"),
                "deadLetterConfig", m("targetArn", "arn:aws:sqs:us-east-1:1:dlq"));
        String fn = LAMBDA_FUNCTION.current();
        c.resource("lambda-supported-runtime", fn, function)
                .pass()
                .pass(set("packageType", "Image"), set("runtime", "python2.7"))
                .fail(set("runtime", "python3.8"), "runtime is python3.8;")
                .fail(set("runtime", "nodejs18.x"), "runtime is nodejs18.x;")
                .unknown("runtime");
        c.resource("lambda-multi-az", fn, function)
                .pass()
                .pass(del("vpcConfig"))
                .fail(set("vpcConfig.subnetIds", l("subnet-a")), "vpcConfig.subnetIds has 1 subnet;")
                .unknown("vpcConfig.subnetIds");
        c.resource("lambda-inside-vpc", fn, function)
                .pass()
                .pass(set("vpcConfig.subnetIds", l(UNKNOWN, UNKNOWN)))
                .fail(del("vpcConfig"), "vpcConfig.subnetIds is not set;")
                .unknown("vpcConfig.subnetIds");
        c.resource("lambda-tracing", fn, function)
                .pass()
                .fail(set("tracingConfig.mode", "PassThrough"), "tracingConfig.mode is PassThrough;")
                .fail(del("tracingConfig"), "tracingConfig.mode is not set (PassThrough);")
                .unknown("tracingConfig.mode");
        c.resource("lambda-dead-letter", fn, function)
                .pass()
                .fail(del("deadLetterConfig"), "deadLetterConfig.targetArn is not set;")
                .unknownIsEnough("deadLetterConfig.targetArn");
        c.resource("lambda-description", fn, function)
                .pass()
                .fail(del("description"), "description is not set;")
                .unknownIsEnough("description");

        Map<String, Object> permission = m("action", "lambda:InvokeFunction", "function", "rotator",
                "principal", "secretsmanager.amazonaws.com", "sourceArn", "arn:secret");
        c.resource("lambda-not-public", LAMBDA_PERMISSION.current(), permission)
                .pass()
                .pass(set("principal", "*"), set("sourceAccount", "123456789012"), del("sourceArn"))
                .fail(List.of(set("principal", "*"), del("sourceArn")), "principal is * without sourceArn, sourceAccount or principalOrgId;")
                .unknown("principal")
                .as(LAMBDA_FUNCTION_URL.current(), m("functionName", "rotator", "authorizationType", "AWS_IAM"))
                .pass()
                .fail(set("authorizationType", "NONE"), "authorizationType is NONE;")
                .unknown("authorizationType");
        c.resource("lambda-permission-source-arn", LAMBDA_PERMISSION.current(), permission)
                .pass()
                .pass(set("principal", "123456789012"), del("sourceArn"))
                .fail(del("sourceArn"), "sourceArn is not set for principal secretsmanager.amazonaws.com;")
                .unknown("principal", del("sourceArn"));

        Map<String, Object> fs = m("encrypted", true, "kmsKeyId", KEY, "performanceMode", "generalPurpose");
        String efs = EFS_FILE_SYSTEM.current();
        c.resource("efs-encrypted", efs, fs)
                .pass()
                .fail(set("encrypted", false), "encrypted is false;")
                .fail(del("kmsKeyId"), "kmsKeyId is not set (AWS managed key aws/elasticfilesystem);")
                .unknown("encrypted");
        c.resource("efs-multi-az", efs, fs)
                .pass()
                .fail(set("availabilityZoneName", "us-east-1a"), "availabilityZoneName is us-east-1a;")
                .unknown("availabilityZoneName");
        Map<String, Object> point = m("fileSystemId", "fs-1", "rootDirectory", m("path", "/app"), "posixUser", m("uid", 1000, "gid", 1000));
        c.resource("efs-access-point-root-directory", EFS_ACCESS_POINT.current(), point)
                .pass()
                .fail(set("rootDirectory.path", "/"), "rootDirectory.path is /;")
                .fail(del("rootDirectory"), "rootDirectory.path is not set (/);")
                .unknown("rootDirectory.path");
        c.resource("efs-access-point-posix-user", EFS_ACCESS_POINT.current(), point)
                .pass()
                .fail(del("posixUser"), "posixUser is not set;")
                .unknownIsEnough("posixUser");

        PolicyResource privateSubnet = r(SUBNET.current(), "private-a").p("id", "subnet-a").p("mapPublicIpOnLaunch", false).build();
        c.stack("efs-mount-targets-private", privateSubnet, r(EFS_MOUNT_TARGET.current(), "fs-a").p("fileSystemId", "fs-1")
                        .p("subnetId", "subnet-a").build())
                .pass()
                .fail(set("private-a", "mapPublicIpOnLaunch", true), "subnet private-a assigns public IP addresses on launch;")
                .unknown(unknown("private-a", "mapPublicIpOnLaunch"));
        PolicyResource files = r(efs, "files").p("id", "fs-1").ps(fs).build();
        c.stack("efs-backups", files, r(EFS_BACKUP_POLICY.current(), "files-backup").p("fileSystemId", "fs-1")
                        .p("backupPolicy", m("status", "ENABLED")).build())
                .pass()
                .pass(drop("files-backup"), add(r(BACKUP_SELECTION.current(), "daily").p("planId", "p").p("iamRoleArn", "arn:role")
                        .p("resources", l("arn:aws:elasticfilesystem:us-east-1:1:file-system/fs-1")).build()))
                .fail(set("files-backup", "backupPolicy.status", "DISABLED"), "file system has no ENABLED aws:efs/backupPolicy:BackupPolicy")
                .fail(drop("files-backup"), "file system has no ENABLED")
                .unknown(unknown("files-backup", "backupPolicy.status"));
    }

    static void others(Cases c) {
        c.resource("backup-vault-customer-key", BACKUP_VAULT.current(), m("name", "vault", "kmsKeyArn", KEY))
                .pass()
                .fail(del("kmsKeyArn"), "kmsKeyArn is not set (AWS managed key aws/backup);")
                .unknownIsEnough("kmsKeyArn");

        c.resource("acm-key-length", ACM_CERTIFICATE.current(), m("domainName", "example.com", "validationMethod", "DNS",
                        "keyAlgorithm", "RSA_2048"))
                .pass()
                .pass(del("keyAlgorithm"))
                .fail(set("keyAlgorithm", "RSA_1024"), "keyAlgorithm is RSA_1024;")
                .unknown("keyAlgorithm");

        PolicyResource bus = r(EVENT_BUS.current(), "orders").p("name", "orders").build();
        c.stack("eventbridge-custom-bus-policy", bus, r(EVENT_BUS_POLICY.current(), "orders-policy").p("eventBusName", "orders")
                        .p("policy", ACCOUNT_POLICY).build())
                .pass()
                .pass(drop("orders-policy"), set("orders", "eventSourceName", "aws.partner/example.com/1/orders"))
                .fail(drop("orders-policy"), "event bus has no aws:cloudwatch/eventBusPolicy:EventBusPolicy;")
                .unknown(List.of(drop("orders-policy"), add(r(EVENT_BUS_POLICY.current(), "stray").p("eventBusName", UNKNOWN).build())));

        PolicyResource zone = r(ROUTE53_ZONE.current(), "example").p("id", "Z1").p("name", "example.com").build();
        c.stack("route53-query-logging", zone, r(ROUTE53_QUERY_LOG.current(), "example-queries").p("zoneId", "Z1")
                        .p("cloudwatchLogGroupArn", "arn:aws:logs:us-east-1:1:log-group:/aws/route53/example.com").build())
                .pass()
                .pass(drop("example-queries"), set("example", "vpcs", l(m("vpcId", "vpc-1"))))
                .fail(drop("example-queries"), "public hosted zone has no aws:route53/queryLog:QueryLog;")
                .unknown(List.of(drop("example-queries"), set("example", "vpcs", UNKNOWN)));

        c.resource("codedeploy-auto-rollback", CODEDEPLOY_DEPLOYMENT_GROUP.current(), m("appName", "api", "deploymentGroupName", "api",
                        "serviceRoleArn", "arn:role", "autoRollbackConfiguration", m("enabled", true, "events", l("DEPLOYMENT_FAILURE",
                                "DEPLOYMENT_STOP_ON_ALARM"))))
                .pass()
                .fail(set("autoRollbackConfiguration.enabled", false), "autoRollbackConfiguration.enabled is false;")
                .fail(set("autoRollbackConfiguration.events", l("DEPLOYMENT_STOP_ON_ALARM")),
                        "autoRollbackConfiguration.events does not include DEPLOYMENT_FAILURE;")
                .unknown("autoRollbackConfiguration.enabled")
                .unknown("autoRollbackConfiguration.events", set("autoRollbackConfiguration.enabled", true));

        c.resource("ssm-document-not-public", SSM_DOCUMENT.current(), m("name", "runbook", "documentType", "Automation",
                        "content", "{}", "permissions", m("type", "Share", "account_ids", "123456789012")))
                .pass()
                .fail(set("permissions.account_ids", "All"), "permissions.account_ids is All;")
                .unknown("permissions.account_ids");

        c.resource("required-tags", S3_BUCKET.current(), m("bucket", "docs", "tags", m("Project", "platform", "Environment", "staging",
                        "Owner", "platform-team", "CostCenter", "CC-1", "ManagedBy", "pulumi")))
                .pass()
                .fail(del("tags.Owner"), "tags is missing Owner;")
                .fail(del("tags"), "tags is not set;")
                .unknown("tags");

        c.resource("cost-instance-class", RDS_INSTANCE.current(), m("engine", "postgres", "instanceClass", "db.t3.small"))
                .pass()
                .fail(set("instanceClass", "db.r6g.4xlarge"), "instanceClass db.r6g.4xlarge is not allowed in environment staging")
                .unknown("instanceClass")
                .inStack("production")
                .pass(set("instanceClass", "db.r6g.4xlarge"));

        c.stack("cost-nat-gateway-per-az", r(NAT_GATEWAY.current(), "nat-a").build())
                .pass()
                .pass(add(r(NAT_GATEWAY.current(), "nat-private").p("connectivityType", "private").build()))
                .fail(add(r(NAT_GATEWAY.current(), "nat-b").build()), "NAT gateway 2 of 2 in non-production environment staging;")
                .unknownIsEnough(add(r(NAT_GATEWAY.current(), "nat-b").p("connectivityType", UNKNOWN).p("subnetId", UNKNOWN).build()),
                        set("nat-b", "connectivityType", "private"));
    }
}
