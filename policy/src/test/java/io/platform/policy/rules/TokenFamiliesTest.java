package io.platform.policy.rules;

import io.platform.policy.PlatformPolicyPack;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.StackPolicy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The one token table (AwsTypes) against the provider jar the program builds with (com.pulumi:aws 6.83.0). */
class TokenFamiliesTest {
    static final AwsInputSchema SCHEMA = new AwsInputSchema();

    @Test
    void everySixXTokenAndAliasIsAResourceOfTheProvider() {
        List<String> missing = new ArrayList<>();
        for (TokenFamily f : AwsTypes.all()) {
            for (TokenFamily.Origin o : List.of(TokenFamily.Origin.V6, TokenFamily.Origin.ALIAS)) {
                f.tokens(o).stream().filter(t -> !AwsInputSchema.argsByType().containsKey(t)).forEach(t -> missing.add(f.kind() + ": " + t));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void removedAndSevenXTokensAreNotInTheProviderButMapToASixXResource() {
        List<String> wrong = new ArrayList<>();
        for (TokenFamily f : AwsTypes.all()) {
            for (TokenFamily.Origin o : List.of(TokenFamily.Origin.LEGACY, TokenFamily.Origin.V7)) {
                for (String t : f.tokens(o)) {
                    if (AwsInputSchema.argsByType().containsKey(t)) {
                        wrong.add(t + " is in 6.83.0; label it V6 or ALIAS");
                    }
                    if (!SCHEMA.knowsType(t)) {
                        wrong.add(t + " maps to no 6.x resource");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theFamiliesTheIssueNamesHoldEveryToken() {
        assertThat(AwsTypes.LOAD_BALANCER.set()).contains("aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer",
                "aws:elasticloadbalancingv2/loadBalancer:LoadBalancer", "aws:applicationloadbalancing/loadBalancer:LoadBalancer");
        assertThat(AwsTypes.LISTENER.set()).contains("aws:alb/listener:Listener", "aws:elasticloadbalancingv2/listener:Listener",
                "aws:applicationloadbalancing/listener:Listener");
        assertThat(AwsTypes.S3_BUCKET_SSE.set()).contains(
                "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration");
        assertThat(AwsTypes.S3_BUCKET_VERSIONING.set()).contains("aws:s3/bucketVersioning:BucketVersioning");
        assertThat(AwsTypes.S3_BUCKET_LOGGING.set()).contains("aws:s3/bucketLogging:BucketLogging");
        assertThat(AwsTypes.SECURITY_GROUP.set()).contains("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup");
        assertThat(AwsTypes.IAM_POLICY_ATTACHMENTS_EXCLUSIVE.set()).contains(
                "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive");
        assertThat(AwsTypes.ELASTICACHE_CLUSTER.set()).contains("aws:elasticache/cluster:Cluster");
    }

    @Test
    void noTokenBelongsToTwoUnrelatedFamilies() {
        // A token in two families is allowed only where one family is a narrowing of the other
        // (the default security group is also a security group; a user's policies are also inline policies
        // or attachments).
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (TokenFamily f : AwsTypes.all()) {
            if (f == AwsTypes.DEFAULT_SECURITY_GROUP || f == AwsTypes.IAM_USER_POLICY) {
                continue;
            }
            for (String t : f) {
                if (!seen.add(t)) {
                    twice.add(t);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyTypeARuleCoversComesFromTheTable() {
        Set<String> table = TokenFamily.union(AwsTypes.all());
        Set<String> taggable = TaggingRules.taggableTypes();
        List<String> strays = new ArrayList<>();
        for (Policy p : PlatformPolicyPack.create().policies()) {
            if (p.id().equals("required-tags")) {
                continue; // every taggable type of the provider, from taggable-types.txt
            }
            Set<String> types = p instanceof ResourcePolicy rp ? rp.resourceTypes() : ((StackPolicy) p).inspectedTypes();
            types.stream().filter(t -> !table.contains(t) && !taggable.contains(t)).forEach(t -> strays.add(p.id() + ": " + t));
        }
        assertThat(strays).isEmpty();
    }
}
