package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.AUTOSCALING_GROUP;

/** EC2 Auto Scaling group rules (IMDSv2 and public IPs of launch configurations are in the EC2 rules). */
public final class AutoScalingRules {
    private AutoScalingRules() {
    }

    public static List<Policy> all() {
        return List.of(elbHealthCheck(), multiAz(), multipleInstanceTypes(), launchTemplate());
    }

    public static ResourcePolicy elbHealthCheck() {
        return ResourcePolicy.builder("autoscaling-elb-health-check")
                .description("Auto Scaling groups behind a load balancer use its health checks")
                .severity(Severity.LOW).controls(SecurityHub.controls("AutoScaling.1"))
                .types(AUTOSCALING_GROUP)
                .fix("Set healthCheckType to ELB when the group has targetGroupArns or loadBalancers")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    boolean behindLoadBalancer = !p.strings("targetGroupArns").isEmpty() || !p.strings("loadBalancers").isEmpty()
                            || !p.maps("trafficSources").isEmpty();
                    String type = p.string("healthCheckType").orElse("EC2");
                    if (behindLoadBalancer && !type.equals("ELB")) {
                        ctx.report("healthCheckType is " + type + (p.has("healthCheckType") ? "" : " (the default)")
                                + "; groups behind a load balancer must replace instances it finds unhealthy");
                    }
                })
                .build();
    }

    public static ResourcePolicy multiAz() {
        return ResourcePolicy.builder("autoscaling-multi-az")
                .description("Auto Scaling groups span at least two Availability Zones (subnets)")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("AutoScaling.2"))
                .types(AUTOSCALING_GROUP)
                .fix("List subnets of two or more AZs in vpcZoneIdentifiers")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    // Subnet ids not known yet (preview) still count: each is a subnet.
                    int zones = Math.max(p.list("vpcZoneIdentifiers").size(), p.list("availabilityZones").size());
                    if (zones < 2) {
                        ctx.report("vpcZoneIdentifiers has " + zones + (zones == 1 ? " subnet" : " subnets")
                                + "; Auto Scaling groups must span at least two Availability Zones");
                    }
                })
                .build();
    }

    public static ResourcePolicy multipleInstanceTypes() {
        return ResourcePolicy.builder("autoscaling-multiple-instance-types")
                .description("Auto Scaling groups can launch more than one instance type")
                .level(io.platform.policy.sdk.EnforcementLevel.ADVISORY).severity(Severity.MEDIUM)
                .controls(SecurityHub.controls("AutoScaling.6"))
                .types(AUTOSCALING_GROUP)
                .fix("Use a mixedInstancesPolicy with at least two launchTemplate.overrides instance types")
                .check((r, ctx) -> {
                    int types = r.properties().map("mixedInstancesPolicy").map("launchTemplate").maps("overrides").size();
                    if (types < 2) {
                        ctx.report("mixedInstancesPolicy.launchTemplate.overrides has " + types + (types == 1 ? " type" : " types")
                                + "; groups must be able to launch two or more instance types");
                    }
                })
                .build();
    }

    public static ResourcePolicy launchTemplate() {
        return ResourcePolicy.builder("autoscaling-launch-template")
                .description("Auto Scaling groups use launch templates, not launch configurations")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("AutoScaling.9"))
                .types(AUTOSCALING_GROUP)
                .fix("Replace launchConfiguration with launchTemplate (launch configurations get no new features)")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (p.has("launchConfiguration")) {
                        ctx.report("launchConfiguration is set; Auto Scaling groups must launch from a launch template");
                    } else if (!p.has("launchTemplate") && !p.has("mixedInstancesPolicy")) {
                        ctx.report("launchTemplate is not set (nor mixedInstancesPolicy); Auto Scaling groups must launch "
                                + "from a launch template");
                    }
                })
                .build();
    }
}
