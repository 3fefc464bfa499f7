package io.platform.policy.rules.rds;

import io.platform.policy.rules.Joins;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.rules.SubnetRoutes;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/**
 * Databases are not placed in public subnets: no subnet of a database's subnet group has a route to an
 * internet gateway. Subnets whose route table the stack does not declare are not judged.
 */
public final class NoInternetGatewayRoute {
    private NoInternetGatewayRoute() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("rds-no-internet-gateway-route")
                .description("Database subnets have no route to an internet gateway")
                .severity(Severity.HIGH).controls(SecurityHub.controls("RDS.46"))
                .inspects(SubnetRoutes.INSPECTED).inspects(RDS_INSTANCE, RDS_CLUSTER)
                .fix("Place the database in data subnets whose route table has no 0.0.0.0/0 route to an internet gateway")
                .check((stack, ctx) -> ctx.forEach(stack.of(RDS_INSTANCE, RDS_CLUSTER), db -> {
                    for (PolicyResource subnet : Joins.dataStoreSubnets(stack, db)) {
                        for (SubnetRoutes.InternetRoute route : SubnetRoutes.internetRoutes(stack, subnet, false)) {
                            ctx.report(db, "subnet " + subnet.name() + " routes " + route.describe()
                                    + "; databases must not sit in subnets that reach an internet gateway");
                        }
                    }
                }))
                .build();
    }
}
