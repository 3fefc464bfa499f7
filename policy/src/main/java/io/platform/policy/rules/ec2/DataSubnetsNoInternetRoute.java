package io.platform.policy.rules.ec2;

import io.platform.policy.rules.Joins;
import io.platform.policy.rules.SubnetRoutes;
import io.platform.policy.rules.TokenFamily;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.HashSet;
import java.util.Set;

import static io.platform.policy.rules.AwsTypes.ELASTICACHE_CLUSTER;
import static io.platform.policy.rules.AwsTypes.ELASTICACHE_REPLICATION_GROUP;
import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/**
 * Subnets that hold databases and caches have no default route at all, to an internet gateway or a
 * NAT gateway (advisory: many programs share private subnets between apps and data; the platform does not).
 */
public final class DataSubnetsNoInternetRoute {
    private DataSubnetsNoInternetRoute() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("data-subnets-no-internet-route")
                .description("Database and cache subnets have no route to the internet (internet or NAT gateway)")
                .severity(Severity.HIGH)
                .noPublicControl("RDS.46 (rds-no-internet-gateway-route) only checks internet gateways; a data tier "
                        + "without any way out is the platform's design (SPEC §3.1)")
                .inspects(SubnetRoutes.INSPECTED)
                .inspects(TokenFamily.union(RDS_INSTANCE, RDS_CLUSTER, ELASTICACHE_REPLICATION_GROUP, ELASTICACHE_CLUSTER))
                .fix("Give the data subnets their own route table with only the VPC-local route")
                .check((stack, ctx) -> {
                    Set<String> reported = new HashSet<>();
                    ctx.forEach(stack.of(RDS_INSTANCE, RDS_CLUSTER, ELASTICACHE_REPLICATION_GROUP, ELASTICACHE_CLUSTER), store -> {
                        for (PolicyResource subnet : Joins.dataStoreSubnets(stack, store)) {
                            for (SubnetRoutes.InternetRoute route : SubnetRoutes.internetRoutes(stack, subnet, true)) {
                                if (reported.add(subnet.urn() + route.describe())) {
                                    ctx.report(route.declaredOn(), "data subnet " + subnet.name() + " (of " + store.name()
                                            + ") routes " + route.describe() + "; data subnets must have no route to the internet");
                                }
                            }
                        }
                    });
                })
                .build();
    }
}
