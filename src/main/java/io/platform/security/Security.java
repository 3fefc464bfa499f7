package io.platform.security;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.wafv2.WebAcl;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.Map;

/**
 * Security tier (SPEC §3.2): the security-group matrix, IAM roles (ECS execution and task,
 * RDS monitoring, GitHub deploy through OIDC) and the ALB's web ACL. The KMS keys live in
 * the encryption tier, which comes before the network because flow logs need the logs key.
 */
public final class Security extends ComponentResource {
    private final SecurityGroups groups;
    private final Roles roles;
    private final WebAcl webAcl;

    public Security(String name, SecurityArgs args, ComponentResourceOptions options) {
        super("platform:security:Security", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        this.groups = new SecurityGroups(args, child);
        this.roles = new Roles(args, child);
        this.webAcl = WebFirewall.declare(args, child);
        Map<String, Output<?>> outputs = new java.util.LinkedHashMap<>();
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
    public java.util.Optional<Output<String>> redisSecurityGroupId() {
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
}
