package io.platform.policy.rules.ec2;

import io.platform.policy.rules.Joins;
import io.platform.policy.rules.SgPermissions;
import io.platform.policy.rules.TokenFamily;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackCheckContext;
import io.platform.policy.sdk.StackPolicy;
import io.platform.policy.sdk.StackResources;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.platform.policy.rules.AwsTypes.ELASTICACHE_CLUSTER;
import static io.platform.policy.rules.AwsTypes.ELASTICACHE_REPLICATION_GROUP;
import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP_RULE;
import static io.platform.policy.rules.AwsTypes.VPC_INGRESS_RULE;

/** Security groups of databases and caches only accept traffic from other security groups. */
public final class DatabaseSourcesAreGroups {
    private DatabaseSourcesAreGroups() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("sg-database-sources-are-groups")
                .description("Security groups of databases and caches only accept traffic from security groups")
                .inspects(TokenFamily.union(RDS_INSTANCE, RDS_CLUSTER, ELASTICACHE_REPLICATION_GROUP, ELASTICACHE_CLUSTER,
                        SECURITY_GROUP, VPC_INGRESS_RULE, SECURITY_GROUP_RULE))
                .severity(Severity.HIGH)
                .noPublicControl("Security Hub checks ports open to the internet (EC2.18/EC2.19), not private CIDRs "
                        + "reaching a data store; this is the platform's segmentation rule")
                .fix("Replace the CIDR or prefix-list source with referencedSecurityGroupId of the app's group")
                .check((stack, ctx) -> {
                    Set<String> reported = new HashSet<>();
                    for (Reference ref : List.of(Joins.DATABASE_GROUPS, Joins.CACHE_GROUPS)) {
                        ctx.forEach(stack.ofTypes(ref.sourceTypes()), store -> {
                            for (PolicyResource group : stack.targets(store, ref)) {
                                checkDataGroup(stack, ctx, store, group, reported);
                            }
                        });
                    }
                })
                .build();
    }

    private static void checkDataGroup(StackResources stack, StackCheckContext ctx, PolicyResource store,
                                       PolicyResource group, Set<String> reported) {
        List<PolicyResource> holders = new ArrayList<>();
        holders.add(group);
        holders.addAll(stack.referrers(group, Joins.INGRESS_RULE_GROUP));
        for (PolicyResource holder : holders) {
            SgPermissions.each(holder, true, ctx, perm -> {
                List<String> sources = new ArrayList<>();
                perm.cidrs().forEach(c -> sources.add(c.label()));
                perm.prefixLists().forEach(pl -> sources.add("prefix list " + pl));
                for (String source : sources) {
                    if (reported.add(holder.urn() + " " + source)) {
                        ctx.report(holder, source + " reaches security group " + group.name() + " of " + store.name()
                                + " (" + store.type() + "); database and cache groups must only accept traffic from security groups");
                    }
                }
            });
        }
    }
}
