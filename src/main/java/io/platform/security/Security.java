package io.platform.security;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.wafv2.WebAcl;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Security tier (SPEC §3.2): the security-group matrix, IAM roles (ECS execution and task,
 * RDS monitoring, GitHub deploy through OIDC) and the ALB's web ACL. The KMS keys live in
 * the encryption tier, which comes before the network because flow logs need the logs key.
 */
public final class Security extends ComponentResource {
    private final SecurityGroups groups;
    private final WorkloadGroups workloadGroups;
    private final Roles roles;
    private final WebAcl webAcl;

    public Security(String name, SecurityArgs args, ComponentResourceOptions options) {
        super("platform:security:Security", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        SgRules rules = new SgRules(args.naming(), args.vpcId(), child);
        this.groups = new SecurityGroups(args, rules);
        this.workloadGroups = new WorkloadGroups(args, groups, rules);
        this.roles = new Roles(args, child);
        this.webAcl = WebFirewall.declare(args, child);
        Map<String, Output<?>> outputs = new LinkedHashMap<>();
        outputs.put("albSecurityGroupId", albSecurityGroupId());
        outputs.put("appSecurityGroupId", appSecurityGroupId());
        outputs.put("databaseSecurityGroupId", databaseSecurityGroupId());
        redisSecurityGroupId().ifPresent(id -> outputs.put("redisSecurityGroupId", id));
        outputs.put("githubDeployRoleArn", githubDeployRoleArn());
        outputs.put("webAclArn", webAclArn());
        registerOutputs(outputs);
    }

    public Output<String> albSecurityGroupId() {
        return groups.alb.id();
    }

    public Output<String> appSecurityGroupId() {
        return groups.app.id();
    }

    public Output<String> databaseSecurityGroupId() {
        return groups.database.id();
    }

    /** Empty when the stack has no Redis. */
    public Optional<Output<String>> redisSecurityGroupId() {
        return groups.redis.map(SecurityGroup::id);
    }

    public Output<String> taskExecutionRoleArn() {
        return roles.taskExecution.arn();
    }

    /** The execution role's name, so the compute tier can add the secrets its services reference. */
    public Output<String> taskExecutionRoleName() {
        return roles.taskExecution.name();
    }

    public Output<String> taskRoleArn() {
        return roles.task.arn();
    }

    /** The task role's name, so the compute tier can add ECS Exec permissions where Exec is on. */
    public Output<String> taskRoleName() {
        return roles.task.name();
    }

    public Output<String> rdsMonitoringRoleArn() {
        return roles.rdsMonitoring.arn();
    }

    public Output<String> githubDeployRoleArn() {
        return roles.githubDeploy.arn();
    }

    public Output<String> webAclArn() {
        return webAcl.arn();
    }

    /** Service name → its own security group (service-to-service rules only), beside the app group. */
    public Map<String, Output<String>> serviceSecurityGroupIds() {
        return ids(workloadGroups.services);
    }

    /** Function name → its security group. */
    public Map<String, Output<String>> functionSecurityGroupIds() {
        return ids(workloadGroups.functions);
    }

    /** Instance name → its security group. */
    public Map<String, Output<String>> instanceSecurityGroupIds() {
        return ids(workloadGroups.instances);
    }

    /** The workload flows the groups' rules render, for tests and the diagram. */
    public List<Flow> flows() {
        return workloadGroups.flows;
    }

    /** Service name → the task role it runs as: its own when it declares statements, else the shared one. */
    public Map<String, TaskRole> taskRoles() {
        return roles.taskRoles();
    }

    /** Service name → the name of the task role it runs as, for the grants other tiers add to it. */
    public Map<String, Output<String>> taskRoleNames() {
        Map<String, Output<String>> names = new LinkedHashMap<>();
        roles.taskRoles().forEach((service, role) -> names.put(service, role.name()));
        return names;
    }

    /** CodeDeploy's role for ECS blue/green deployments, when a service uses them. */
    public Optional<Output<String>> codeDeployRoleArn() {
        return roles.codeDeploy.map(com.pulumi.aws.iam.Role::arn);
    }

    private static Map<String, Output<String>> ids(Map<String, SecurityGroup> groups) {
        Map<String, Output<String>> ids = new LinkedHashMap<>();
        groups.forEach((name, group) -> ids.put(name, group.id()));
        return ids;
    }
}
