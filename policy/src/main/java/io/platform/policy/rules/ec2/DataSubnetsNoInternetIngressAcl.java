package io.platform.policy.rules.ec2;

import io.platform.policy.rules.Joins;
import io.platform.policy.rules.TokenFamily;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.platform.policy.rules.AwsTypes.ELASTICACHE_CLUSTER;
import static io.platform.policy.rules.AwsTypes.ELASTICACHE_REPLICATION_GROUP;
import static io.platform.policy.rules.AwsTypes.NETWORK_ACL;
import static io.platform.policy.rules.AwsTypes.NETWORK_ACL_ASSOCIATION;
import static io.platform.policy.rules.AwsTypes.NETWORK_ACL_RULE;
import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/**
 * The network ACLs of subnets that hold a database or cache admit no traffic from the internet
 * (0.0.0.0/0 or ::/0): a data tier's ACL names the application subnets. ACLs the stack does not
 * declare for a subnet are not judged.
 */
public final class DataSubnetsNoInternetIngressAcl {
    private DataSubnetsNoInternetIngressAcl() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("nacl-data-subnets-no-internet-ingress")
                .description("Network ACLs of database and cache subnets admit no traffic from the internet")
                .severity(Severity.HIGH)
                .noPublicControl("Security Hub's NACL control (EC2.21) only checks ports 22 and 3389; this is the "
                        + "platform's data-tier isolation (SPEC §3.1, seed 001 §5.3.2)")
                .inspects(TokenFamily.union(RDS_INSTANCE, RDS_CLUSTER, ELASTICACHE_REPLICATION_GROUP, ELASTICACHE_CLUSTER,
                        NETWORK_ACL, NETWORK_ACL_RULE, NETWORK_ACL_ASSOCIATION))
                .fix("Allow the data ports only from the application subnets' CIDRs")
                .check((stack, ctx) -> {
                    Set<String> judged = new HashSet<>();
                    ctx.forEach(stack.of(RDS_INSTANCE, RDS_CLUSTER, ELASTICACHE_REPLICATION_GROUP, ELASTICACHE_CLUSTER), store -> {
                        for (PolicyResource subnet : Joins.dataStoreSubnets(stack, store)) {
                            for (PolicyResource acl : Joins.networkAcls(stack, subnet)) {
                                if (!judged.add(acl.urn())) {
                                    continue;
                                }
                                List<PolicyResource> holders = new java.util.ArrayList<>(List.of(acl));
                                holders.addAll(stack.referrers(acl, Joins.NETWORK_ACL_RULE_ACL));
                                for (PolicyResource holder : holders) {
                                    NaclEntries.eachAllowedIngress(holder, ctx, entry -> {
                                        if (entry.fromInternet()) {
                                            ctx.report(holder, entry.label() + " allows " + entry.describe()
                                                    + " from anywhere into data subnet " + subnet.name() + " of " + store.name()
                                                    + "; data-tier network ACLs must only admit the application subnets");
                                        }
                                    });
                                }
                            }
                        }
                    });
                })
                .build();
    }
}
