package io.platform.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.platform.aws.AwsAccount;
import io.platform.config.FileSystemConfig;
import io.platform.config.Naming;
import io.platform.plan.RecordedResource;
import io.platform.testing.ComponentHarness;
import io.platform.storage.FileSystemMount;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14 item 4: one EFS file system as a unit, on hand-made inputs (two services with their own groups). */
class SharedFileSystemComponentTest {
    private static final Naming NAMING = new Naming("proj", "test", "owner-team", "CC-9");
    private static final String ACCOUNT = ComponentHarness.ACCOUNT;
    private static final String DATA_KEY = "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/data";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final FileSystemConfig CONFIG = new FileSystemConfig("ml-data", "generalPurpose", "elastic",
            OptionalInt.of(30), true,
            List.of(new FileSystemConfig.AccessPoint("training", "/training", 1000, 1000, "750"),
                    new FileSystemConfig.AccessPoint("models", "/models", 1000, 1000, "750")),
            List.of(new FileSystemConfig.Mount("trainer", "training", "/mnt/training", false),
                    new FileSystemConfig.Mount("trainer", "models", "/mnt/models", true),
                    new FileSystemConfig.Mount("api", "models", "/mnt/models", true)));

    private static ComponentHarness.Run run(AtomicReference<Map<String, List<FileSystemMount>>> mounts) {
        return ComponentHarness.run(ctx -> {
            var services = new ServiceIdentities(
                    Map.of("trainer", Output.of("trainer-role"), "api", Output.of("api-role")),
                    Map.of("trainer", Output.of("sg-trainer"), "api", Output.of("sg-api")));
            SharedFileSystem fs = new SharedFileSystem(NAMING.name("efs-ml-data"), new SharedFileSystemArgs(NAMING,
                    AwsAccount.lookup("us-east-1"), CONFIG, Output.of("vpc-1"),
                    List.of(Output.of("subnet-a"), Output.of("subnet-b"), Output.of("subnet-c")),
                    Output.of(DATA_KEY), services), ComponentResourceOptions.Empty);
            mounts.set(fs.mounts());
        });
    }

    @Test
    void encryptedWithTheDataKeyBackedUpAndTlsOnly() throws Exception {
        ComponentHarness.Run run = run(new AtomicReference<>());
        RecordedResource fs = run.single("aws:efs/fileSystem:FileSystem");
        assertThat(fs.inputValues()).containsEntry("encrypted", true).containsEntry("kmsKeyId", DATA_KEY)
                .containsEntry("performanceMode", "generalPurpose").containsEntry("throughputMode", "elastic")
                .containsEntry("creationToken", "proj-test-efs-ml-data")
                .containsEntry("lifecyclePolicies", List.of(Map.of("transitionToIa", "AFTER_30_DAYS")));
        assertThat(fs.inputValues().get("tags").toString()).contains("Backup=daily");
        assertThat(fs.id()).matches("fs-[0-9a-f]{17}");
        String arn = "arn:aws:elasticfilesystem:us-east-1:" + ACCOUNT + ":file-system/" + fs.id();
        RecordedResource policy = run.single("aws:efs/fileSystemPolicy:FileSystemPolicy");
        assertThat(policy.inputValues()).containsEntry("fileSystemId", fs.id());
        assertThat(JSON.readTree((String) policy.inputValues().get("policy"))).isEqualTo(JSON.readTree(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"DenyInsecureTransport\",\"Effect\":\"Deny\","
                        + "\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"" + arn + "\","
                        + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}"));
    }

    @Test
    void aMountTargetPerSubnetBehindAGroupThatOnlyTheMountingServicesReachOnNfs() {
        ComponentHarness.Run run = run(new AtomicReference<>());
        RecordedResource group = run.single("aws:ec2/securityGroup:SecurityGroup");
        assertThat(group.inputValues()).containsEntry("vpcId", "vpc-1").containsEntry("revokeRulesOnDelete", true)
                .doesNotContainKeys("ingress", "egress");
        assertThat(run.ofType("aws:efs/mountTarget:MountTarget")).extracting(r -> r.inputValues().get("subnetId"))
                .containsExactly("subnet-a", "subnet-b", "subnet-c");
        assertThat(run.ofType("aws:efs/mountTarget:MountTarget"))
                .allSatisfy(t -> assertThat(t.inputValues().get("securityGroups")).isEqualTo(List.of(group.id())));
        List<List<Object>> ingress = new ArrayList<>();
        run.ofType("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule").forEach(r -> ingress.add(List.of(
                r.inputValues().get("securityGroupId"), r.inputValues().get("referencedSecurityGroupId"),
                r.inputValues().get("fromPort"), r.inputValues().get("toPort"))));
        assertThat(ingress).containsExactlyInAnyOrder(List.of(group.id(), "sg-trainer", 2049L, 2049L),
                List.of(group.id(), "sg-api", 2049L, 2049L));
        List<List<Object>> egress = new ArrayList<>();
        run.ofType("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule").forEach(r -> egress.add(List.of(
                r.inputValues().get("securityGroupId"), r.inputValues().get("referencedSecurityGroupId"),
                r.inputValues().get("fromPort"))));
        assertThat(egress).containsExactlyInAnyOrder(List.of("sg-trainer", group.id(), 2049L),
                List.of("sg-api", group.id(), 2049L));
    }

    @Test
    void accessPointsPinTheDirectoryAndTheUser() {
        RecordedResource training = run(new AtomicReference<>()).named("proj-test-efs-ml-data-training");
        assertThat(training.id()).matches("fsap-[0-9a-f]{17}");
        assertThat(training.inputValues()).containsEntry("posixUser", Map.of("uid", 1000L, "gid", 1000L))
                .containsEntry("rootDirectory", Map.of("path", "/training", "creationInfo",
                        Map.of("ownerUid", 1000L, "ownerGid", 1000L, "permissions", "750")));
    }

    @Test
    void eachServiceMayMountItsAccessPointsAndWriteOnlyWhereItMountsWritable() throws Exception {
        ComponentHarness.Run run = run(new AtomicReference<>());
        String fsArn = "arn:aws:elasticfilesystem:us-east-1:" + ACCOUNT + ":file-system/"
                + run.single("aws:efs/fileSystem:FileSystem").id();
        String training = apArn(run, "training");
        String models = apArn(run, "models");
        RecordedResource trainer = run.named("proj-test-trainer-efs-ml-data");
        assertThat(trainer.inputValues()).containsEntry("role", "trainer-role");
        assertThat(JSON.readTree((String) trainer.inputValues().get("policy"))).isEqualTo(JSON.readTree(
                "{\"Version\":\"2012-10-17\",\"Statement\":["
                        + "{\"Sid\":\"MountAccessPoints\",\"Effect\":\"Allow\",\"Action\":\"elasticfilesystem:ClientMount\","
                        + "\"Resource\":\"" + fsArn + "\",\"Condition\":{\"StringEquals\":{\"elasticfilesystem:AccessPointArn\":"
                        + "[\"" + training + "\",\"" + models + "\"]}}},"
                        + "{\"Sid\":\"WriteThroughAccessPoints\",\"Effect\":\"Allow\",\"Action\":\"elasticfilesystem:ClientWrite\","
                        + "\"Resource\":\"" + fsArn + "\",\"Condition\":{\"StringEquals\":{\"elasticfilesystem:AccessPointArn\":"
                        + "[\"" + training + "\"]}}}]}"));
        RecordedResource api = run.named("proj-test-api-efs-ml-data");
        assertThat(api.inputValues()).containsEntry("role", "api-role");
        assertThat((String) api.inputValues().get("policy")).doesNotContain("ClientWrite", "ClientRootAccess");
    }

    @Test
    void theComputeTierIsHandedOneVolumePerMountedAccessPoint() {
        AtomicReference<Map<String, List<FileSystemMount>>> mounts = new AtomicReference<>();
        run(mounts);
        assertThat(mounts.get()).containsOnlyKeys("trainer", "api");
        assertThat(mounts.get().get("trainer")).extracting(FileSystemMount::volumeName, FileSystemMount::containerPath,
                        FileSystemMount::readOnly)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("efs-ml-data-training", "/mnt/training", false),
                        org.assertj.core.groups.Tuple.tuple("efs-ml-data-models", "/mnt/models", true));
    }

    private static String apArn(ComponentHarness.Run run, String point) {
        return "arn:aws:elasticfilesystem:us-east-1:" + ACCOUNT + ":access-point/"
                + run.named("proj-test-efs-ml-data-" + point).id();
    }
}
