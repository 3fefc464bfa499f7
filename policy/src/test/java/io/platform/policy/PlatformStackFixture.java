package io.platform.policy;

import io.platform.policy.rules.TaggingRules;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Secret;
import io.platform.policy.sdk.Unknown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.platform.policy.Tokens.ALB;
import static io.platform.policy.Tokens.CLOUDFRONT_DISTRIBUTION;
import static io.platform.policy.Tokens.CLOUDTRAIL;
import static io.platform.policy.Tokens.DEFAULT_SECURITY_GROUP;
import static io.platform.policy.Tokens.ECR_LIFECYCLE_POLICY;
import static io.platform.policy.Tokens.ECR_REPOSITORY;
import static io.platform.policy.Tokens.ECS_SERVICE;
import static io.platform.policy.Tokens.ECS_TASK_DEFINITION;
import static io.platform.policy.Tokens.ELASTICACHE_REPLICATION_GROUP;
import static io.platform.policy.Tokens.ELASTICACHE_SUBNET_GROUP;
import static io.platform.policy.Tokens.FLOW_LOG;
import static io.platform.policy.Tokens.IAM_OIDC_PROVIDER;
import static io.platform.policy.Tokens.IAM_ROLE;
import static io.platform.policy.Tokens.IAM_ROLE_POLICY;
import static io.platform.policy.Tokens.IAM_ROLE_POLICY_ATTACHMENT;
import static io.platform.policy.Tokens.KMS_KEY;
import static io.platform.policy.Tokens.LB_LISTENER;
import static io.platform.policy.Tokens.LOG_GROUP;
import static io.platform.policy.Tokens.NAT_GATEWAY;
import static io.platform.policy.Tokens.RDS_INSTANCE;
import static io.platform.policy.Tokens.RDS_PARAMETER_GROUP;
import static io.platform.policy.Tokens.S3_BUCKET_POLICY;
import static io.platform.policy.Tokens.S3_BUCKET_V2;
import static io.platform.policy.Tokens.S3_LIFECYCLE_V2;
import static io.platform.policy.Tokens.S3_LOGGING_V2;
import static io.platform.policy.Tokens.S3_OWNERSHIP_CONTROLS;
import static io.platform.policy.Tokens.S3_PUBLIC_ACCESS_BLOCK;
import static io.platform.policy.Tokens.S3_SSE_V2;
import static io.platform.policy.Tokens.S3_VERSIONING_V2;
import static io.platform.policy.Tokens.SECRET;
import static io.platform.policy.Tokens.SECURITY_GROUP;
import static io.platform.policy.Tokens.SNS_TOPIC;
import static io.platform.policy.Tokens.VPC;
import static io.platform.policy.Tokens.VPC_EGRESS_RULE;
import static io.platform.policy.Tokens.VPC_INGRESS_RULE;
import static io.platform.policy.Tokens.WAF_ASSOCIATION;

/**
 * A stack shaped like SPEC §3 (one environment), as the program declares it: inputs in camelCase,
 * ids of other resources unknown (preview) and joined through property dependencies.
 * The whole-pack test expects zero mandatory violations from it; the benchmark replicates it.
 */
public final class PlatformStackFixture {
    private final String project = "platform";
    private final String env;
    private final boolean production;
    private final String prefix;
    private final List<PolicyResource> out = new ArrayList<>();

    private PlatformStackFixture(String env, String copy) {
        this.env = env;
        this.production = env.equals("production");
        this.prefix = project + "-" + env + copy;
    }

    /** One environment's resources. */
    public static List<PolicyResource> stack(String env) {
        return new PlatformStackFixture(env, "").build();
    }

    /** {@code copies} disjoint copies of an environment (distinct names and URNs), for the benchmark. */
    public static List<PolicyResource> replicated(String env, int copies) {
        List<PolicyResource> all = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            all.addAll(new PlatformStackFixture(env, "-" + i).build());
        }
        return all;
    }

    private List<PolicyResource> build() {
        PolicyResource logsKey = key("logs");
        PolicyResource dataKey = key("data");
        PolicyResource s3Key = key("s3");
        PolicyResource secretsKey = key("secrets");

        PolicyResource vpc = add(resource(VPC, "vpc").property("cidrBlock", production ? "10.2.0.0/16" : "10.1.0.0/16")
                .property("enableDnsSupport", true).property("enableDnsHostnames", true));
        // The program adopts the VPC's default security group with no rules (EC2.2).
        add(resource(DEFAULT_SECURITY_GROUP, "default-sg").property("vpcId", Unknown.VALUE).propertyDependsOn("vpcId", vpc));
        PolicyResource flowLogGroup = logGroup("flow-logs", 90, logsKey);
        PolicyResource flowRole = role("flow-logs-role", serviceTrust("vpc-flow-logs.amazonaws.com"));
        add(resource(FLOW_LOG, "flow-logs").property("trafficType", "ALL").property("logDestinationType", "cloud-watch-logs")
                .property("vpcId", Unknown.VALUE).propertyDependsOn("vpcId", vpc)
                .property("logDestination", Unknown.VALUE).propertyDependsOn("logDestination", flowLogGroup)
                .property("iamRoleArn", Unknown.VALUE).propertyDependsOn("iamRoleArn", flowRole));
        for (int az = 0; az < (production ? 3 : 1); az++) {
            add(resource(NAT_GATEWAY, "nat-" + az).property("subnetId", Unknown.VALUE).property("allocationId", Unknown.VALUE));
        }

        // Security groups: internet → ALB 443/80, ALB → app 8000, app → db 5432 / redis 6379.
        PolicyResource albSg = securityGroup("alb-sg", vpc);
        PolicyResource appSg = securityGroup("app-sg", vpc);
        PolicyResource dbSg = securityGroup("db-sg", vpc);
        PolicyResource redisSg = securityGroup("redis-sg", vpc);
        internetIngress("alb-https", albSg, 443);
        internetIngress("alb-http", albSg, 80);
        groupIngress("app-from-alb", appSg, albSg, 8000);
        groupIngress("db-from-app", dbSg, appSg, 5432);
        groupIngress("redis-from-app", redisSg, appSg, 6379);
        add(resource(VPC_EGRESS_RULE, "app-https-out").property("description", "HTTPS to AWS APIs and the internet")
                .property("ipProtocol", "tcp").property("fromPort", 443).property("toPort", 443)
                .property("cidrIpv4", "0.0.0.0/0").property("securityGroupId", Unknown.VALUE).propertyDependsOn("securityGroupId", appSg));

        // Buckets: the log bucket (SSE-S3, exempted by the pack config) and two secure buckets logging into it.
        PolicyResource logBucket = bucket("access-logs", null, null);
        PolicyResource docs = bucket("documents", s3Key, logBucket);
        PolicyResource assets = bucket("assets", s3Key, logBucket);

        // Data
        PolicyResource parameters = add(resource(RDS_PARAMETER_GROUP, "postgres15").property("family", "postgres15")
                .property("parameters", List.of(Map.of("name", "rds.force_ssl", "value", "1"),
                        Map.of("name", "log_connections", "value", "1"))));
        PolicyResource monitoringRole = role("rds-monitoring-role", serviceTrust("monitoring.rds.amazonaws.com"));
        Map<String, Object> db = new LinkedHashMap<>();
        db.put("engine", "postgres");
        db.put("engineVersion", "15");
        db.put("instanceClass", production ? "db.t3.medium" : "db.t3.small");
        db.put("allocatedStorage", 20);
        db.put("maxAllocatedStorage", 100);
        db.put("storageType", "gp3");
        db.put("storageEncrypted", true);
        db.put("publiclyAccessible", false);
        db.put("manageMasterUserPassword", true);
        db.put("iamDatabaseAuthenticationEnabled", true);
        db.put("backupRetentionPeriod", production ? 30 : 14);
        db.put("performanceInsightsEnabled", true);
        db.put("monitoringInterval", 60);
        db.put("enabledCloudwatchLogsExports", List.of("postgresql", "upgrade"));
        db.put("copyTagsToSnapshot", true);
        db.put("deleteAutomatedBackups", false);
        db.put("autoMinorVersionUpgrade", true);
        db.put("username", "app_admin");
        db.put("multiAz", production);
        db.put("deletionProtection", production);
        db.put("skipFinalSnapshot", !production);
        if (production) {
            db.put("finalSnapshotIdentifier", prefix + "-db-final");
        }
        add(resource(RDS_INSTANCE, "db").properties(db)
                .property("kmsKeyId", Unknown.VALUE).propertyDependsOn("kmsKeyId", dataKey)
                .property("performanceInsightsKmsKeyId", Unknown.VALUE).propertyDependsOn("performanceInsightsKmsKeyId", dataKey)
                .property("parameterGroupName", Unknown.VALUE).propertyDependsOn("parameterGroupName", parameters)
                .property("monitoringRoleArn", Unknown.VALUE).propertyDependsOn("monitoringRoleArn", monitoringRole)
                .property("vpcSecurityGroupIds", List.of(Unknown.VALUE)).propertyDependsOn("vpcSecurityGroupIds", dbSg));
        PolicyResource cacheSubnets = add(resource(ELASTICACHE_SUBNET_GROUP, "redis-subnets")
                .property("name", prefix + "-redis").property("subnetIds", List.of(Unknown.VALUE)));
        add(resource(ELASTICACHE_REPLICATION_GROUP, "redis").property("engine", "redis").property("engineVersion", "7.1")
                .property("nodeType", production ? "cache.t3.medium" : "cache.t3.small")
                .property("numCacheClusters", production ? 2 : 1)
                .property("automaticFailoverEnabled", production).property("multiAzEnabled", production)
                .property("atRestEncryptionEnabled", true).property("transitEncryptionEnabled", true)
                .property("authToken", new Secret("redis-auth-token-from-config-0123"))
                .property("snapshotRetentionLimit", 5).property("autoMinorVersionUpgrade", "true")
                .property("subnetGroupName", Unknown.VALUE).propertyDependsOn("subnetGroupName", cacheSubnets)
                .property("kmsKeyId", Unknown.VALUE).propertyDependsOn("kmsKeyId", dataKey)
                .property("securityGroupIds", List.of(Unknown.VALUE)).propertyDependsOn("securityGroupIds", redisSg));
        PolicyResource dbSecret = add(resource(SECRET, "db-secret").property("name", "/" + env + "/db").property("recoveryWindowInDays", 7)
                .property("description", "Database credentials of " + prefix)
                .property("kmsKeyId", Unknown.VALUE).propertyDependsOn("kmsKeyId", secretsKey));

        // Compute
        PolicyResource repo = add(resource(ECR_REPOSITORY, "api-repo").property("name", prefix + "/api")
                .property("imageTagMutability", "IMMUTABLE")
                .property("imageScanningConfiguration", Map.of("scanOnPush", true))
                .property("encryptionConfigurations", List.of(Map.of("encryptionType", "KMS", "kmsKey", Unknown.VALUE)))
                .propertyDependsOn("encryptionConfigurations", dataKey));
        add(resource(ECR_LIFECYCLE_POLICY, "api-repo-lifecycle").property("repository", Unknown.VALUE)
                .propertyDependsOn("repository", repo)
                .property("policy", """
                        {"rules": [{"rulePriority": 1, "description": "Keep the last 50 images",
                          "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 50},
                          "action": {"type": "expire"}}]}"""));
        PolicyResource apiLogs = logGroup("api-logs", production ? 90 : 30, logsKey);
        PolicyResource executionRole = role("task-execution-role", serviceTrust("ecs-tasks.amazonaws.com"));
        add(resource(IAM_ROLE_POLICY_ATTACHMENT, "task-execution-policy").property("role", Unknown.VALUE)
                .property("policyArn", "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy")
                .propertyDependsOn("role", executionRole));
        PolicyResource taskRole = role("task-role", serviceTrust("ecs-tasks.amazonaws.com"));
        add(resource(IAM_ROLE_POLICY, "task-role-policy").property("role", Unknown.VALUE).propertyDependsOn("role", taskRole)
                .property("policy", """
                        {"Version": "2012-10-17", "Statement": [
                          {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::%s-documents/app/*"},
                          {"Effect": "Allow", "Action": "cloudwatch:PutMetricData", "Resource": "*",
                           "Condition": {"StringEquals": {"cloudwatch:namespace": "Platform/App"}}}]}""".formatted(prefix)));
        PolicyResource task = add(resource(ECS_TASK_DEFINITION, "api-task").property("family", prefix + "-api")
                .property("networkMode", "awsvpc").property("requiresCompatibilities", List.of("FARGATE"))
                .property("cpu", production ? "1024" : "512").property("memory", production ? "2048" : "1024")
                .property("containerDefinitions", """
                        [{"name": "api", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/%s/api:1.0.0", "essential": true,
                          "user": "1000:1000", "readonlyRootFilesystem": true, "privileged": false,
                          "portMappings": [{"containerPort": 8000, "protocol": "tcp"}],
                          "environment": [{"name": "PORT", "value": "8000"}, {"name": "ENVIRONMENT", "value": "%s"}],
                          "secrets": [{"name": "DATABASE_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:/%s/db"}],
                          "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost:8000/health || exit 1"]},
                          "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/%s/api",
                            "awslogs-region": "us-east-1", "awslogs-stream-prefix": "api"}}}]""".formatted(prefix, env, env, prefix))
                .property("executionRoleArn", Unknown.VALUE).propertyDependsOn("executionRoleArn", executionRole)
                .property("taskRoleArn", Unknown.VALUE).propertyDependsOn("taskRoleArn", taskRole)
                .dependsOn(apiLogs, dbSecret));
        add(resource(ECS_SERVICE, "api-service").property("launchType", "FARGATE").property("desiredCount", production ? 3 : 2)
                .property("deploymentMinimumHealthyPercent", 100).property("deploymentMaximumPercent", 200)
                .property("enableExecuteCommand", !production)
                .property("deploymentCircuitBreaker", Map.of("enable", true, "rollback", true))
                .property("networkConfiguration", Map.of("assignPublicIp", false, "subnets", List.of(Unknown.VALUE),
                        "securityGroups", List.of(Unknown.VALUE)))
                .property("taskDefinition", Unknown.VALUE).propertyDependsOn("taskDefinition", task)
                .propertyDependsOn("networkConfiguration", appSg));

        // Edge: ALB with WAF, HTTPS listener and an HTTP listener that only redirects; CloudFront over the assets bucket.
        PolicyResource alb = add(resource(ALB, "alb").property("loadBalancerType", "application").property("internal", false)
                .property("dropInvalidHeaderFields", true).property("enableHttp2", true).property("idleTimeout", 60)
                .property("enableDeletionProtection", production)
                .property("subnets", production ? List.of(Unknown.VALUE, Unknown.VALUE, Unknown.VALUE)
                        : List.of(Unknown.VALUE, Unknown.VALUE))
                .property("desyncMitigationMode", "defensive")
                .property("accessLogs", Map.of("enabled", true, "bucket", Unknown.VALUE, "prefix", "alb"))
                .propertyDependsOn("accessLogs", logBucket)
                .property("securityGroups", List.of(Unknown.VALUE)).propertyDependsOn("securityGroups", albSg));
        add(resource(LB_LISTENER, "https").property("protocol", "HTTPS").property("port", 443)
                .property("sslPolicy", "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09").property("certificateArn", Unknown.VALUE)
                .property("defaultActions", List.of(Map.of("type", "fixed-response",
                        "fixedResponse", Map.of("contentType", "text/plain", "statusCode", "404"))))
                .property("loadBalancerArn", Unknown.VALUE).propertyDependsOn("loadBalancerArn", alb));
        add(resource(LB_LISTENER, "http").property("protocol", "HTTP").property("port", 80)
                .property("defaultActions", List.of(Map.of("type", "redirect",
                        "redirect", Map.of("protocol", "HTTPS", "port", "443", "statusCode", "HTTP_301"))))
                .property("loadBalancerArn", Unknown.VALUE).propertyDependsOn("loadBalancerArn", alb));
        add(resource(WAF_ASSOCIATION, "alb-waf").property("webAclArn", Unknown.VALUE)
                .property("resourceArn", Unknown.VALUE).propertyDependsOn("resourceArn", alb));
        add(resource(CLOUDFRONT_DISTRIBUTION, "site").property("enabled", true).property("priceClass", "PriceClass_100")
                .property("httpVersion", "http2and3").property("webAclId", Unknown.VALUE)
                .property("defaultRootObject", "index.html")
                .property("origins", List.of(Map.of("originId", "assets", "domainName", Unknown.VALUE,
                        "originAccessControlId", Unknown.VALUE)))
                .propertyDependsOn("origins", assets)
                .property("defaultCacheBehavior", Map.of("targetOriginId", "assets", "viewerProtocolPolicy", "redirect-to-https",
                        "compress", true, "allowedMethods", List.of("GET", "HEAD"), "cachedMethods", List.of("GET", "HEAD")))
                .property("viewerCertificate", Map.of("acmCertificateArn", Unknown.VALUE, "sslSupportMethod", "sni-only",
                        "minimumProtocolVersion", "TLSv1.2_2021"))
                .property("loggingConfig", Map.of("bucket", Unknown.VALUE, "prefix", "cloudfront/"))
                .propertyDependsOn("loggingConfig", logBucket)
                .property("restrictions", Map.of("geoRestriction", Map.of("restrictionType", "whitelist",
                        "locations", List.of("US", "CA")))));

        // Observability, audit and delivery
        add(resource(SNS_TOPIC, "alarms").property("kmsMasterKeyId", Unknown.VALUE).propertyDependsOn("kmsMasterKeyId", logsKey));
        PolicyResource trailLogs = logGroup("cloudtrail-logs", 365, logsKey);
        PolicyResource trailRole = role("cloudtrail-role", serviceTrust("cloudtrail.amazonaws.com"));
        add(resource(CLOUDTRAIL, "trail").property("isMultiRegionTrail", true).property("enableLogFileValidation", true)
                .property("includeGlobalServiceEvents", true).property("s3BucketName", Unknown.VALUE)
                .propertyDependsOn("s3BucketName", logBucket)
                .property("kmsKeyId", Unknown.VALUE).propertyDependsOn("kmsKeyId", logsKey)
                .property("cloudWatchLogsGroupArn", Unknown.VALUE).propertyDependsOn("cloudWatchLogsGroupArn", trailLogs)
                .property("cloudWatchLogsRoleArn", Unknown.VALUE).propertyDependsOn("cloudWatchLogsRoleArn", trailRole));
        PolicyResource github = add(resource(IAM_OIDC_PROVIDER, "github-oidc")
                .property("url", "https://token.actions.githubusercontent.com")
                .property("clientIdLists", List.of("sts.amazonaws.com")));
        role("github-deploy-role", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
                  "Action": "sts:AssumeRoleWithWebIdentity",
                  "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                    "token.actions.githubusercontent.com:sub": "repo:acme/platform:environment:%s"}}}]}""".formatted(env), github);
        return out;
    }

    private PolicyResource.Builder resource(String type, String purpose) {
        PolicyResource.Builder b = PolicyResource.builder(type, prefix + "-" + purpose)
                .urn("urn:pulumi:" + env + "::" + project + "::" + type + "::" + prefix + "-" + purpose);
        if (TaggingRules.taggableTypes().contains(type)) {
            b.property("tags", Map.of("Project", project, "Environment", env, "Owner", "platform-team",
                    "CostCenter", "cc-1234", "ManagedBy", "pulumi"));
        }
        return b;
    }

    private PolicyResource add(PolicyResource.Builder b) {
        PolicyResource r = b.build();
        out.add(r);
        return r;
    }

    private PolicyResource key(String purpose) {
        return add(resource(KMS_KEY, purpose + "-key").property("description", prefix + " " + purpose)
                .property("enableKeyRotation", true).property("deletionWindowInDays", 30));
    }

    private PolicyResource logGroup(String purpose, int days, PolicyResource key) {
        return add(resource(LOG_GROUP, purpose).property("retentionInDays", days)
                .property("kmsKeyId", Unknown.VALUE).propertyDependsOn("kmsKeyId", key));
    }

    private static String serviceTrust(String service) {
        return """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "%s"},
                  "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012"}}}]}"""
                .formatted(service);
    }

    private PolicyResource role(String purpose, String trust, PolicyResource... dependsOn) {
        return add(resource(IAM_ROLE, purpose).property("assumeRolePolicy", trust).dependsOn(dependsOn));
    }

    private PolicyResource securityGroup(String purpose, PolicyResource vpc) {
        return add(resource(SECURITY_GROUP, purpose).property("name", prefix + "-" + purpose)
                .property("description", purpose).property("vpcId", Unknown.VALUE).propertyDependsOn("vpcId", vpc));
    }

    private void internetIngress(String purpose, PolicyResource group, int port) {
        add(resource(VPC_INGRESS_RULE, purpose).property("ipProtocol", "tcp").property("fromPort", port).property("toPort", port)
                .property("cidrIpv4", "0.0.0.0/0").property("description", "Port " + port + " from the internet")
                .property("securityGroupId", Unknown.VALUE).propertyDependsOn("securityGroupId", group));
    }

    private void groupIngress(String purpose, PolicyResource group, PolicyResource source, int port) {
        add(resource(VPC_INGRESS_RULE, purpose).property("ipProtocol", "tcp").property("fromPort", port).property("toPort", port)
                .property("description", "Port " + port + " from " + source.name())
                .property("securityGroupId", Unknown.VALUE).propertyDependsOn("securityGroupId", group)
                .property("referencedSecurityGroupId", Unknown.VALUE).propertyDependsOn("referencedSecurityGroupId", source));
    }

    /** A secure bucket and its companions; {@code key} null means SSE-S3 (the log bucket); {@code logTo} null: no logging. */
    private PolicyResource bucket(String purpose, PolicyResource key, PolicyResource logTo) {
        String name = prefix + "-" + purpose;
        PolicyResource bucket = add(resource(S3_BUCKET_V2, purpose).property("bucket", name));
        add(resource(S3_PUBLIC_ACCESS_BLOCK, purpose + "-public-access-block").property("bucket", Unknown.VALUE)
                .propertyDependsOn("bucket", bucket).property("blockPublicAcls", true).property("blockPublicPolicy", true)
                .property("ignorePublicAcls", true).property("restrictPublicBuckets", true));
        Map<String, Object> byDefault = key == null ? Map.of("sseAlgorithm", "AES256")
                : Map.of("sseAlgorithm", "aws:kms", "kmsMasterKeyId", Unknown.VALUE);
        PolicyResource.Builder sse = resource(S3_SSE_V2, purpose + "-encryption").property("bucket", Unknown.VALUE)
                .propertyDependsOn("bucket", bucket)
                .property("rules", List.of(Map.of("applyServerSideEncryptionByDefault", byDefault, "bucketKeyEnabled", key != null)));
        if (key != null) {
            sse.propertyDependsOn("rules", key);
        }
        add(sse);
        add(resource(S3_VERSIONING_V2, purpose + "-versioning").property("bucket", Unknown.VALUE).propertyDependsOn("bucket", bucket)
                .property("versioningConfiguration", Map.of("status", "Enabled")));
        add(resource(S3_LIFECYCLE_V2, purpose + "-lifecycle").property("bucket", Unknown.VALUE)
                .propertyDependsOn("bucket", bucket)
                .property("rules", List.of(Map.of("id", "tidy", "status", "Enabled",
                        "abortIncompleteMultipartUpload", Map.of("daysAfterInitiation", 7),
                        "noncurrentVersionExpiration", Map.of("noncurrentDays", 90)))));
        add(resource(S3_OWNERSHIP_CONTROLS, purpose + "-ownership").property("bucket", Unknown.VALUE)
                .propertyDependsOn("bucket", bucket).property("rule", Map.of("objectOwnership", "BucketOwnerEnforced")));
        add(resource(S3_BUCKET_POLICY, purpose + "-policy").property("bucket", Unknown.VALUE).propertyDependsOn("bucket", bucket)
                .property("policy", """
                        {"Version": "2012-10-17", "Statement": [{"Sid": "DenyInsecureTransport", "Effect": "Deny",
                          "Principal": "*", "Action": "s3:*", "Resource": ["arn:aws:s3:::%1$s", "arn:aws:s3:::%1$s/*"],
                          "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}""".formatted(name)));
        if (logTo != null) {
            add(resource(S3_LOGGING_V2, purpose + "-logging").property("bucket", Unknown.VALUE).propertyDependsOn("bucket", bucket)
                    .property("targetBucket", Unknown.VALUE).propertyDependsOn("targetBucket", logTo)
                    .property("targetPrefix", "s3/" + purpose + "/"));
        }
        return bucket;
    }
}
