package io.platform.policy;

import io.platform.policy.rules.AcmRules;
import io.platform.policy.rules.AutoScalingRules;
import io.platform.policy.rules.BackupRules;
import io.platform.policy.rules.CloudTrailRules;
import io.platform.policy.rules.CloudWatchLogsRules;
import io.platform.policy.rules.CodeDeployRules;
import io.platform.policy.rules.CostRules;
import io.platform.policy.rules.EcrRules;
import io.platform.policy.rules.EfsRules;
import io.platform.policy.rules.ElastiCacheRules;
import io.platform.policy.rules.EventBridgeRules;
import io.platform.policy.rules.KmsRules;
import io.platform.policy.rules.LambdaRules;
import io.platform.policy.rules.Route53Rules;
import io.platform.policy.rules.SecretsManagerRules;
import io.platform.policy.rules.SnsRules;
import io.platform.policy.rules.SqsRules;
import io.platform.policy.rules.FirehoseRules;
import io.platform.policy.rules.SsmRules;
import io.platform.policy.rules.TaggingRules;
import io.platform.policy.rules.account.AccountRules;
import io.platform.policy.rules.cloudfront.CloudFrontRules;
import io.platform.policy.rules.ec2.Ec2Rules;
import io.platform.policy.rules.ecs.EcsRules;
import io.platform.policy.rules.elb.ElbRules;
import io.platform.policy.rules.iam.IamRules;
import io.platform.policy.rules.rds.RdsRules;
import io.platform.policy.rules.s3.S3Rules;
import io.platform.policy.rules.waf.WafRules;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PolicyPack;

import java.util.ArrayList;
import java.util.List;

/** The platform's policy pack: every rule of SPEC §4, and the FSBP, awsguard and compliance-policies coverage. */
public final class PlatformPolicyPack {
    public static final String NAME = "platform-security";
    public static final String VERSION = "1.1.0";

    private PlatformPolicyPack() {
    }

    public static PolicyPack create() {
        List<Policy> policies = new ArrayList<>();
        policies.addAll(S3Rules.all());
        policies.addAll(RdsRules.all());
        policies.addAll(ElastiCacheRules.all());
        policies.addAll(Ec2Rules.all());
        policies.addAll(AutoScalingRules.all());
        policies.addAll(ElbRules.all());
        policies.addAll(EcsRules.all());
        policies.addAll(EcrRules.all());
        policies.addAll(CloudFrontRules.all());
        policies.addAll(WafRules.all());
        policies.addAll(KmsRules.all());
        policies.addAll(SecretsManagerRules.all());
        policies.addAll(CloudWatchLogsRules.all());
        policies.addAll(SnsRules.all());
        policies.addAll(SqsRules.all());
        policies.addAll(FirehoseRules.all());
        policies.addAll(CloudTrailRules.all());
        policies.addAll(IamRules.all());
        policies.addAll(LambdaRules.all());
        policies.addAll(EfsRules.all());
        policies.addAll(BackupRules.all());
        policies.addAll(AcmRules.all());
        policies.addAll(EventBridgeRules.all());
        policies.addAll(Route53Rules.all());
        policies.addAll(CodeDeployRules.all());
        policies.addAll(SsmRules.all());
        policies.addAll(AccountRules.all());
        policies.addAll(TaggingRules.all());
        policies.addAll(CostRules.all());
        return new PolicyPack(NAME, VERSION, policies);
    }
}
