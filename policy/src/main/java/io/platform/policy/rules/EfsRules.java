package io.platform.policy.rules;

import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.BACKUP_SELECTION;
import static io.platform.policy.rules.AwsTypes.EFS_ACCESS_POINT;
import static io.platform.policy.rules.AwsTypes.EFS_BACKUP_POLICY;
import static io.platform.policy.rules.AwsTypes.EFS_FILE_SYSTEM;
import static io.platform.policy.rules.AwsTypes.EFS_MOUNT_TARGET;
import static io.platform.policy.rules.AwsTypes.SUBNET;

/** EFS file system, access point and mount target rules. */
public final class EfsRules {
    private static final Reference BACKUP_POLICY_FS = Reference.of(EFS_BACKUP_POLICY.set(), "fileSystemId", EFS_FILE_SYSTEM.set(), "id");
    private static final Reference MOUNT_TARGET_SUBNET = Reference.of(EFS_MOUNT_TARGET.set(), "subnetId", SUBNET.set(), "id");

    private EfsRules() {
    }

    public static List<Policy> all() {
        return List.of(encrypted(), accessPointRootDirectory(), accessPointPosixUser(), multiAz(), mountTargetsPrivate(),
                backups());
    }

    public static ResourcePolicy encrypted() {
        return ResourcePolicy.builder("efs-encrypted")
                .description("EFS file systems are encrypted at rest with a customer-managed KMS key")
                .severity(Severity.HIGH).controls(SecurityHub.controls("EFS.1", "EFS.8"))
                .types(EFS_FILE_SYSTEM)
                .fix("Set encrypted to true and kmsKeyId to the data key")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String why = "file data must be encrypted at rest with a customer-managed KMS key";
                    Checks.requireTrue(p, "encrypted", ctx, why);
                    ctx.isolated(() -> {
                        if (p.bool("encrypted", false)) {
                            Checks.requireSet(p, "kmsKeyId", ctx, " (AWS managed key aws/elasticfilesystem)", why);
                        }
                    });
                })
                .build();
    }

    public static ResourcePolicy accessPointRootDirectory() {
        return ResourcePolicy.builder("efs-access-point-root-directory")
                .description("EFS access points confine clients to a directory other than /")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("EFS.3"))
                .types(EFS_ACCESS_POINT)
                .fix("Set rootDirectory.path to the application's directory (with creationInfo)")
                .check((r, ctx) -> {
                    String path = r.properties().map("rootDirectory").string("path").orElse("/");
                    if (path.equals("/")) {
                        ctx.report("rootDirectory.path is " + (r.properties().has("rootDirectory") ? "/" : "not set (/)")
                                + "; access points must confine clients to their own directory");
                    }
                })
                .build();
    }

    public static ResourcePolicy accessPointPosixUser() {
        return ResourcePolicy.builder("efs-access-point-posix-user")
                .description("EFS access points enforce a POSIX user identity")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("EFS.4"))
                .types(EFS_ACCESS_POINT)
                .fix("Set posixUser with uid and gid (e.g. 1000)")
                .check((r, ctx) -> {
                    if (!r.properties().has("posixUser")) {
                        ctx.report("posixUser is not set; access points must enforce the user clients act as");
                    }
                })
                .build();
    }

    public static ResourcePolicy multiAz() {
        return ResourcePolicy.builder("efs-multi-az")
                .description("EFS file systems are Regional (multi-AZ), not One Zone")
                .level(EnforcementLevel.ADVISORY).severity(Severity.MEDIUM)
                .noPublicControl("availability, not a Security Hub control; pulumi compliance-policies "
                        + "aws-efs-filesystem-disallow-single-availability-zone checks the same")
                .types(EFS_FILE_SYSTEM)
                .fix("Remove availabilityZoneName")
                .check((r, ctx) -> r.properties().nonBlank("availabilityZoneName").ifPresent(az ->
                        ctx.report("availabilityZoneName is " + az + "; file systems must store data in several AZs")))
                .build();
    }

    public static StackPolicy mountTargetsPrivate() {
        return StackPolicy.builder("efs-mount-targets-private")
                .description("EFS mount targets are in subnets that assign no public IP addresses")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("EFS.6"))
                .inspects(EFS_MOUNT_TARGET, SUBNET)
                .fix("Place mount targets in private (or data) subnets")
                .check((stack, ctx) -> ctx.forEach(stack.of(EFS_MOUNT_TARGET), target -> {
                    for (PolicyResource subnet : stack.targets(target, MOUNT_TARGET_SUBNET)) {
                        if (subnet.properties().bool("mapPublicIpOnLaunch", false)) {
                            ctx.report(target, "subnet " + subnet.name() + " assigns public IP addresses on launch; "
                                    + "mount targets must sit in private subnets");
                        }
                    }
                }))
                .build();
    }

    public static StackPolicy backups() {
        return StackPolicy.builder("efs-backups")
                .description("EFS file systems are backed up (automatic backups or an AWS Backup selection)")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("EFS.2", "EFS.7"))
                .inspects(EFS_FILE_SYSTEM, EFS_BACKUP_POLICY, BACKUP_SELECTION)
                .fix("Declare an efs.BackupPolicy with status ENABLED (or select the file system in the backup plan)")
                .check((stack, ctx) -> ctx.forEach(stack.of(EFS_FILE_SYSTEM), fs -> {
                    boolean automatic = stack.referrers(fs, BACKUP_POLICY_FS).stream()
                            .anyMatch(b -> b.properties().map("backupPolicy").string("status").orElse("").equals("ENABLED"));
                    boolean selected = stack.of(BACKUP_SELECTION).stream().anyMatch(s -> selects(s, fs));
                    if (!automatic && !selected) {
                        ctx.report(fs, "file system has no ENABLED " + EFS_BACKUP_POLICY.current()
                                + " and no backup selection names it; file systems must be backed up");
                    }
                }))
                .build();
    }

    /** A selection that may name the file system, or selects by tag (the platform's plan selects by Backup tags). */
    private static boolean selects(PolicyResource selection, PolicyResource fs) {

        PropertyMap p = selection.properties();
        if (!p.maps("selectionTags").isEmpty() || p.has("conditions")) {
            return true; // tag-based: which resources it reaches is decided by tags at backup time
        }
        // File system ids are outputs: any EFS ARN (or "*") may be this one, so it is not reported.
        return p.strings("resources").stream().anyMatch(arn -> arn.equals("*") || arn.contains(":elasticfilesystem:"));
    }
}
