package io.platform.policy.rules.ec2;

import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.DEFAULT_SECURITY_GROUP;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP_RULE;
import static io.platform.policy.rules.AwsTypes.VPC_EGRESS_RULE;
import static io.platform.policy.rules.AwsTypes.VPC_INGRESS_RULE;

/** Security groups and their rules say why they exist (reviewers read them when auditing traffic). */
public final class Descriptions {
    private Descriptions() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("sg-descriptions")
                .description("Security groups and their rules have descriptions")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW)
                .noPublicControl("an audit-trail practice; pulumi compliance-policies aws-ec2-securitygroup-missing-"
                        + "description and -missing-ingress/egress-rule-description check the same")
                .types(SECURITY_GROUP, SECURITY_GROUP_RULE, VPC_INGRESS_RULE, VPC_EGRESS_RULE)
                .fix("Set description on the group and on each rule (what traffic, from whom, why)")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String why = "; say what the traffic is for";
                    // The default security group has AWS's fixed description; aws:ec2/defaultSecurityGroup takes none.
                    ctx.isolated(() -> {
                        if (!DEFAULT_SECURITY_GROUP.has(r.type()) && p.nonBlank("description").isEmpty()
                                && !p.isUnknown("description")) {
                            ctx.report("description is not set" + why);
                        }
                    });
                    if (!SECURITY_GROUP.has(r.type())) {
                        return;
                    }
                    for (String direction : List.of("ingress", "egress")) {
                        ctx.isolated(() -> {
                            List<PropertyMap> rules = p.maps(direction);
                            for (int i = 0; i < rules.size(); i++) {
                                PropertyMap rule = rules.get(i);
                                String label = direction + "[" + i + "].description";
                                ctx.isolated(() -> {
                                    if (rule.nonBlank("description").isEmpty()) {
                                        ctx.report(label + " is not set" + why);
                                    }
                                });
                            }
                        });
                    }
                })
                .build();
    }
}
