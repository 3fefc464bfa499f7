package io.platform.instances;

import com.pulumi.aws.ec2.Instance;
import com.pulumi.aws.ec2.InstanceArgs;
import com.pulumi.aws.ec2.inputs.InstanceMetadataOptionsArgs;
import com.pulumi.aws.ec2.inputs.InstanceRootBlockDeviceArgs;
import com.pulumi.aws.iam.InstanceProfile;
import com.pulumi.aws.iam.InstanceProfileArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.aws.lb.ListenerRule;
import com.pulumi.aws.lb.ListenerRuleArgs;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.aws.lb.TargetGroupArgs;
import com.pulumi.aws.lb.TargetGroupAttachment;
import com.pulumi.aws.lb.TargetGroupAttachmentArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleActionArgs;
import com.pulumi.aws.ssm.SsmFunctions;
import com.pulumi.aws.ssm.inputs.GetParameterArgs;
import com.pulumi.aws.ssm.outputs.GetParameterResult;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.compute.ElbNames;
import io.platform.compute.ListenerRoutes;
import io.platform.config.InstanceConfig;
import io.platform.config.Naming;
import io.platform.iam.DeclaredStatements;
import io.platform.iam.PolicyDocument;
import io.platform.iam.PolicyDocument.Statement;
import io.platform.iam.TrustPolicies;

import java.util.List;
import java.util.Map;

/**
 * One EC2 host from config, {@code platform:instances:Ec2Instance}: its role and instance profile
 * (Session Manager, its secrets, exactly the declared statements), the instance in a private subnet
 * on the latest AMI of its SSM parameter, and — when registered behind the ALB — its target group,
 * attachment and listener rule.
 */
public final class Ec2Instance extends ComponentResource {
    /** Session Manager's agent permissions, AWS-managed: the host needs no SSH and no key pair. */
    static final String SESSION_MANAGER_POLICY = "AmazonSSMManagedInstanceCore";
    static final int METADATA_HOP_LIMIT = 1;

    private final Instance instance;
    private final Role role;

    public Ec2Instance(String name, Ec2InstanceArgs args, ComponentResourceOptions options) {
        super("platform:instances:Ec2Instance", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        Naming naming = args.naming();
        InstanceConfig config = args.config();
        String unit = config.name() + "-host";

        this.role = new Role(naming.name(unit + "-role"), RoleArgs.builder()
                .description("EC2 instance " + naming.name(config.name()))
                .assumeRolePolicy(TrustPolicies.serviceOnly("Ec2Assume", "ec2.amazonaws.com"))
                .maxSessionDuration(3600)
                .tags(naming.tags(unit + "-role"))
                .build(), child);
        new RolePolicyAttachment(naming.name(unit + "-ssm"), RolePolicyAttachmentArgs.builder()
                .role(role.name())
                .policyArn(args.account().partition().applyValue(p -> "arn:" + p + ":iam::aws:policy/" + SESSION_MANAGER_POLICY))
                .build(), child);
        if (!config.secrets().isEmpty()) {
            Output<List<String>> arns = Output.all(config.secrets().stream().map(args.secretArns()::get).toList());
            new RolePolicy(naming.name(unit + "-secrets"), RolePolicyArgs.builder()
                    .role(role.id())
                    .policy(Output.tuple(arns, args.secretsKeyArn()).applyValue(t -> PolicyDocument.create()
                            .statement(Statement.allow("ReadHostSecrets").actions("secretsmanager:GetSecretValue")
                                    .resources(t.t1))
                            .statement(Statement.allow("DecryptHostSecrets").actions("kms:Decrypt").resources(t.t2))
                            .toJson()))
                    .build(), child);
        }
        if (!config.statements().isEmpty()) {
            new RolePolicy(naming.name(unit + "-statements"), RolePolicyArgs.builder()
                    .role(role.id())
                    .policy(DeclaredStatements.policy(config.statements(), naming, args.account()))
                    .build(), child);
        }
        // Instance profile names are account-wide (IAM): with regionInNames the name carries the region.
        InstanceProfile profile = new InstanceProfile(naming.name(unit + "-profile"), InstanceProfileArgs.builder()
                .name(naming.globalName(unit + "-profile"))
                .role(role.name())
                .tags(naming.tags(unit + "-profile"))
                .build(), child);

        Output<String> ami = SsmFunctions.getParameter(GetParameterArgs.builder().name(config.amiParameter()).build())
                .applyValue(GetParameterResult::insecureValue);
        var builder = InstanceArgs.builder()
                .ami(ami)
                .instanceType(config.instanceType())
                .subnetId(args.privateSubnetIds().applyValue(ids -> ids.get(config.subnet() - 1)))
                .vpcSecurityGroupIds(args.securityGroupId().applyValue(List::of))
                .associatePublicIpAddress(false)
                .iamInstanceProfile(profile.name())
                .metadataOptions(InstanceMetadataOptionsArgs.builder()
                        .httpEndpoint("enabled").httpTokens("required").httpPutResponseHopLimit(METADATA_HOP_LIMIT)
                        .instanceMetadataTags("disabled").build())
                .rootBlockDevice(InstanceRootBlockDeviceArgs.builder()
                        .volumeType("gp3").volumeSize(config.rootVolumeGb()).encrypted(true).kmsKeyId(args.dataKeyArn())
                        .deleteOnTermination(true).tags(naming.tags(unit + "-root")).build())
                .ebsOptimized(true)
                .monitoring(true)
                .disableApiTermination(config.terminationProtection())
                .tags(naming.tags(unit));
        config.userData().ifPresent(builder::userData);
        // The parameter moves to each new AMI; the host is replaced on purpose, not on the next deploy.
        this.instance = new Instance(naming.name(unit), builder.build(),
                CustomResourceOptions.builder().parent(this).ignoreChanges("ami").build());

        args.loadBalancer().ifPresent(alb -> register(args, alb, unit, child));
        registerOutputs(Map.of("instanceId", instance.id(), "roleArn", role.arn()));
    }

    /** An instance target group on the host's port, the attachment, and a listener rule at its priority. */
    private void register(Ec2InstanceArgs args, Ec2InstanceArgs.AlbTarget alb, String unit, CustomResourceOptions child) {
        Naming naming = args.naming();
        InstanceConfig config = args.config();
        InstanceConfig.LoadBalancerRoute route = config.loadBalancer().orElseThrow();
        int port = config.port().orElseThrow();
        TargetGroup group = new TargetGroup(naming.name(unit + "-tg"), TargetGroupArgs.builder()
                .name(ElbNames.fit(naming.name(unit)))
                .targetType("instance")
                .protocol("HTTP")
                .port(port)
                .vpcId(alb.vpcId())
                .deregistrationDelay(30)
                .healthCheck(ListenerRoutes.healthCheck(route.healthCheckPath()))
                .tags(naming.tags(unit + "-tg"))
                .build(), child);
        new TargetGroupAttachment(naming.name(unit + "-tg-attachment"), TargetGroupAttachmentArgs.builder()
                .targetGroupArn(group.arn())
                .targetId(instance.id())
                .port(port)
                .build(), child);
        new ListenerRule(naming.name(unit + "-rule"), ListenerRuleArgs.builder()
                .listenerArn(alb.httpsListenerArn())
                .priority(alb.priority())
                .conditions(ListenerRoutes.conditions(route.route()))
                .actions(ListenerRuleActionArgs.builder().type("forward").targetGroupArn(group.arn()).build())
                .tags(naming.tags(unit + "-rule"))
                .build(), child);
    }

    public Output<String> instanceId() {
        return instance.id();
    }

    public Output<String> privateIp() {
        return instance.privateIp();
    }

    public Output<String> roleArn() {
        return role.arn();
    }
}
