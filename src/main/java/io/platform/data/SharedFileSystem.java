package io.platform.data;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.efs.AccessPoint;
import com.pulumi.aws.efs.AccessPointArgs;
import com.pulumi.aws.efs.FileSystem;
import com.pulumi.aws.efs.FileSystemArgs;
import com.pulumi.aws.efs.FileSystemPolicy;
import com.pulumi.aws.efs.FileSystemPolicyArgs;
import com.pulumi.aws.efs.MountTarget;
import com.pulumi.aws.efs.MountTargetArgs;
import com.pulumi.aws.efs.inputs.AccessPointPosixUserArgs;
import com.pulumi.aws.efs.inputs.AccessPointRootDirectoryArgs;
import com.pulumi.aws.efs.inputs.AccessPointRootDirectoryCreationInfoArgs;
import com.pulumi.aws.efs.inputs.FileSystemLifecyclePolicyArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.vpc.SecurityGroupEgressRule;
import com.pulumi.aws.vpc.SecurityGroupEgressRuleArgs;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.FileSystemConfig;
import io.platform.config.Naming;
import io.platform.iam.PolicyDocument;
import io.platform.iam.PolicyDocument.Statement;
import io.platform.storage.FileSystemMount;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One EFS file system (seed 004's ML training data): encrypted with the data key, a mount target in
 * each private subnet behind its own security group that admits NFS only from the groups of the
 * services that mount it, a policy that refuses clients without TLS, access points that pin the
 * directory and POSIX user, daily AWS Backup, and for each mounting service a task-role grant of
 * exactly {@code ClientMount} (and {@code ClientWrite} where it writes) on its access points.
 */
public final class SharedFileSystem extends ComponentResource {
    static final int NFS = 2049;

    private final FileSystem fileSystem;
    private final Map<String, List<FileSystemMount>> mounts = new LinkedHashMap<>();

    public SharedFileSystem(String name, SharedFileSystemArgs args, ComponentResourceOptions options) {
        super("platform:data:SharedFileSystem", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        Naming naming = args.naming();
        FileSystemConfig config = args.config();
        String base = "efs-" + config.name();

        SecurityGroup group = new SecurityGroup(naming.name(base + "-sg"), SecurityGroupArgs.builder()
                .description("EFS " + config.name() + ": NFS from the services that mount it; no egress")
                .vpcId(args.vpcId())
                .revokeRulesOnDelete(true)
                .tags(naming.tags(base + "-sg"))
                .build(), child);
        allowNfs(args, base, group, child);

        var fileSystemArgs = FileSystemArgs.builder()
                .creationToken(naming.name(base))
                .encrypted(true)
                .kmsKeyId(args.dataKeyArn())
                .performanceMode(config.performanceMode())
                .throughputMode(config.throughputMode())
                .tags(config.backup() ? naming.backupTags(base) : naming.tags(base));
        config.transitionToIaDays().ifPresent(days -> fileSystemArgs.lifecyclePolicies(
                FileSystemLifecyclePolicyArgs.builder().transitionToIa("AFTER_" + days + "_DAYS").build()));
        this.fileSystem = new FileSystem(naming.name(base), fileSystemArgs.build(), child);

        new FileSystemPolicy(naming.name(base + "-policy"), FileSystemPolicyArgs.builder()
                .fileSystemId(fileSystem.id())
                .policy(fileSystem.arn().applyValue(arn -> PolicyDocument.create()
                        .statement(Statement.deny("DenyInsecureTransport").anyPrincipal()
                                .actions("*").resources(arn)
                                .condition("Bool", "aws:SecureTransport", "false"))
                        .toJson()))
                .build(), child);

        List<Output<String>> targets = new ArrayList<>();
        for (int i = 0; i < args.subnets().size(); i++) {
            targets.add(new MountTarget(naming.name(base + "-mount-" + (i + 1)), MountTargetArgs.builder()
                    .fileSystemId(fileSystem.id())
                    .subnetId(args.subnets().get(i))
                    .securityGroups(group.id().applyValue(List::of))
                    .build(), child).id());
        }
        // Tasks mount through a mount target in their AZ: the id is handed on once they all exist.
        Output<String> readyId = Output.tuple(fileSystem.id(), Output.all(targets)).applyValue(t -> t.t1);

        Map<String, AccessPoint> points = new LinkedHashMap<>();
        for (FileSystemConfig.AccessPoint point : config.accessPoints()) {
            points.put(point.name(), accessPoint(naming, base, point, child));
        }
        for (FileSystemConfig.Mount mount : config.mounts()) {
            mounts.computeIfAbsent(mount.service(), s -> new ArrayList<>()).add(new FileSystemMount(
                    base + "-" + mount.accessPoint(), readyId, points.get(mount.accessPoint()).id(),
                    mount.containerPath(), mount.readOnly()));
        }
        grantMounts(args, base, points, child);
        registerOutputs(Map.of("fileSystemId", fileSystem.id(), "fileSystemArn", fileSystem.arn()));
    }

    /**
     * NFS from each distinct group of the mounting services (one rule pair per group: services that
     * share a group share the rule), named after the first service that uses it.
     */
    private static void allowNfs(SharedFileSystemArgs args, String base, SecurityGroup group,
                                 CustomResourceOptions child) {
        Naming naming = args.naming();
        Map<Output<String>, String> sources = new IdentityHashMap<>();
        List<Output<String>> order = new ArrayList<>();
        for (FileSystemConfig.Mount mount : args.config().mounts()) {
            Output<String> source = args.services().securityGroupId(mount.service());
            if (sources.putIfAbsent(source, mount.service()) == null) {
                order.add(source);
            }
        }
        for (Output<String> source : order) {
            String service = sources.get(source);
            new SecurityGroupIngressRule(naming.name(base + "-in-" + service), SecurityGroupIngressRuleArgs.builder()
                    .securityGroupId(group.id())
                    .referencedSecurityGroupId(source)
                    .ipProtocol("tcp").fromPort(NFS).toPort(NFS)
                    .description("NFS from " + service)
                    .tags(naming.tags(base + "-in-" + service))
                    .build(), child);
            new SecurityGroupEgressRule(naming.name(service + "-out-" + base), SecurityGroupEgressRuleArgs.builder()
                    .securityGroupId(source)
                    .referencedSecurityGroupId(group.id())
                    .ipProtocol("tcp").fromPort(NFS).toPort(NFS)
                    .description("NFS to EFS " + args.config().name())
                    .tags(naming.tags(service + "-out-" + base))
                    .build(), child);
        }
    }

    private AccessPoint accessPoint(Naming naming, String base, FileSystemConfig.AccessPoint point,
                                    CustomResourceOptions child) {
        return new AccessPoint(naming.name(base + "-" + point.name()), AccessPointArgs.builder()
                .fileSystemId(fileSystem.id())
                .posixUser(AccessPointPosixUserArgs.builder().uid(point.uid()).gid(point.gid()).build())
                .rootDirectory(AccessPointRootDirectoryArgs.builder()
                        .path(point.path())
                        .creationInfo(AccessPointRootDirectoryCreationInfoArgs.builder()
                                .ownerUid(point.uid()).ownerGid(point.gid()).permissions(point.permissions()).build())
                        .build())
                .tags(naming.tags(base + "-" + point.name()))
                .build(), child);
    }

    /** Per mounting service: mount its access points, write only through the ones it mounts writable. */
    private void grantMounts(SharedFileSystemArgs args, String base, Map<String, AccessPoint> points,
                             CustomResourceOptions child) {
        Naming naming = args.naming();
        Map<String, List<FileSystemConfig.Mount>> byService = new LinkedHashMap<>();
        args.config().mounts().forEach(m -> byService.computeIfAbsent(m.service(), s -> new ArrayList<>()).add(m));
        byService.forEach((service, serviceMounts) -> {
            Output<List<String>> all = Output.all(serviceMounts.stream()
                    .map(m -> points.get(m.accessPoint()).arn()).distinct().toList());
            Output<List<String>> writable = Output.all(serviceMounts.stream().filter(m -> !m.readOnly())
                    .map(m -> points.get(m.accessPoint()).arn()).distinct().toList());
            new RolePolicy(naming.name(service + "-" + base), RolePolicyArgs.builder()
                    .role(args.services().taskRoleName(service))
                    .policy(Output.tuple(fileSystem.arn(), all, writable).applyValue(t -> {
                        PolicyDocument doc = PolicyDocument.create().statement(Statement.allow("MountAccessPoints")
                                .actions("elasticfilesystem:ClientMount").resources(t.t1)
                                .condition("StringEquals", "elasticfilesystem:AccessPointArn", t.t2));
                        if (!t.t3.isEmpty()) {
                            doc.statement(Statement.allow("WriteThroughAccessPoints")
                                    .actions("elasticfilesystem:ClientWrite").resources(t.t1)
                                    .condition("StringEquals", "elasticfilesystem:AccessPointArn", t.t3));
                        }
                        return doc.toJson();
                    }))
                    .build(), child);
        });
    }

    public Output<String> fileSystemId() {
        return fileSystem.id();
    }

    /** Service name → the access points it mounts, for its task definition. */
    public Map<String, List<FileSystemMount>> mounts() {
        return java.util.Collections.unmodifiableMap(mounts);
    }
}
