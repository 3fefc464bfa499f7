package io.platform.policy;

import io.platform.policy.rules.CloudFrontRules;
import io.platform.policy.rules.CloudTrailRules;
import io.platform.policy.rules.CloudWatchLogsRules;
import io.platform.policy.rules.CostRules;
import io.platform.policy.rules.EcrRules;
import io.platform.policy.rules.EcsRules;
import io.platform.policy.rules.ElastiCacheRules;
import io.platform.policy.rules.IamRules;
import io.platform.policy.rules.KmsRules;
import io.platform.policy.rules.LoadBalancerRules;
import io.platform.policy.rules.RdsRules;
import io.platform.policy.rules.S3Rules;
import io.platform.policy.rules.SecretsManagerRules;
import io.platform.policy.rules.SecurityGroupRules;
import io.platform.policy.rules.SnsRules;
import io.platform.policy.rules.StackRules;
import io.platform.policy.rules.TaggingRules;
import io.platform.policy.rules.VpcRules;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PolicyPack;

import java.util.ArrayList;
import java.util.List;

/** The platform's policy pack: every rule of SPEC §4. */
public final class PlatformPolicyPack {
    public static final String NAME = "platform-security";
    public static final String VERSION = "1.0.0";

    private PlatformPolicyPack() {
    }

    public static PolicyPack create() {
        List<Policy> policies = new ArrayList<>();
        policies.addAll(S3Rules.all());
        policies.addAll(RdsRules.all());
        policies.addAll(ElastiCacheRules.all());
        policies.addAll(SecurityGroupRules.all());
        policies.addAll(LoadBalancerRules.all());
        policies.addAll(EcsRules.all());
        policies.addAll(EcrRules.all());
        policies.addAll(CloudFrontRules.all());
        policies.addAll(KmsRules.all());
        policies.addAll(SecretsManagerRules.all());
        policies.addAll(CloudWatchLogsRules.all());
        policies.addAll(SnsRules.all());
        policies.addAll(CloudTrailRules.all());
        policies.addAll(VpcRules.all());
        policies.addAll(IamRules.all());
        policies.addAll(TaggingRules.all());
        policies.addAll(CostRules.all());
        policies.addAll(StackRules.all());
        return new PolicyPack(NAME, VERSION, policies);
    }
}
