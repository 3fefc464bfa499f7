package io.platform.compute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import io.platform.testing.SeedStacks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.testing.StackFixture.named;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14 item 4, compute side: TechCorp's services mount the ML-data access point as config says. */
class FileSystemMountTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PlanResult plan() {
        return SeedStacks.plan("techcorp");
    }

    private static String id(String name, String type) {
        return plan().ofType(type).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void theTaskDefinitionMountsTheAccessPointWithIamAndTls() {
        String fileSystem = id("techcorp-production-efs-ml-data", "aws:efs/fileSystem:FileSystem");
        String accessPoint = id("techcorp-production-efs-ml-data-training", "aws:efs/accessPoint:AccessPoint");
        for (String service : List.of("worker", "api")) {
            RecordedResource task = named(plan(), "techcorp-production-" + service + "-task");
            assertThat(task.inputValues().get("volumes")).isEqualTo(List.of(Map.of("name", "tmp"),
                    Map.of("name", "efs-ml-data-training", "efsVolumeConfiguration", Map.of(
                            "fileSystemId", fileSystem,
                            "transitEncryption", "ENABLED",
                            "authorizationConfig", Map.of("accessPointId", accessPoint, "iam", "ENABLED")))));
        }
    }

    @Test
    void onlyTheWriterMountsReadWrite() throws Exception {
        assertThat(mountPoints("worker")).isEqualTo(
                "[{\"containerPath\":\"/tmp\",\"readOnly\":false,\"sourceVolume\":\"tmp\"},"
                        + "{\"containerPath\":\"/mnt/training\",\"readOnly\":false,\"sourceVolume\":\"efs-ml-data-training\"}]");
        assertThat(mountPoints("api")).contains(
                "{\"containerPath\":\"/mnt/training\",\"readOnly\":true,\"sourceVolume\":\"efs-ml-data-training\"}");
        // The root filesystem stays read-only: the mount is a volume.
        assertThat(container("api").get("readonlyRootFilesystem").asBoolean()).isTrue();
    }

    @Test
    void theTaskWaitsForTheMountTargets() {
        RecordedResource task = named(plan(), "techcorp-production-worker-task");
        List<String> targets = plan().ofType("aws:efs/mountTarget:MountTarget").stream().map(RecordedResource::urn).toList();
        assertThat(targets).hasSize(3);
        assertThat(task.dependencies()).containsAll(targets);
    }

    @Test
    void theDataKeyLetsEfsUseItOnlyWhereTheStackHasAFileSystem() throws Exception {
        String via = "/Statement/1/Condition/StringEquals/kms:ViaService";
        assertThat(JSON.readTree((String) named(plan(), "techcorp-production-data").inputValues().get("policy")).at(via)
                .toString()).isEqualTo("[\"rds.us-east-1.amazonaws.com\",\"elasticache.us-east-1.amazonaws.com\","
                + "\"backup.us-east-1.amazonaws.com\",\"elasticfilesystem.us-east-1.amazonaws.com\"]");
        assertThat(JSON.readTree((String) named(io.platform.testing.StackFixture.plan("staging"), "platform-staging-data")
                .inputValues().get("policy")).at(via).toString()).doesNotContain("elasticfilesystem");
    }

    @Test
    void servicesWithoutAMountKeepOnlyTheirScratchVolume() {
        PlanResult staging = io.platform.testing.StackFixture.plan("staging");
        assertThat(named(staging, "platform-staging-api-task").inputValues().get("volumes"))
                .isEqualTo(List.of(Map.of("name", "tmp")));
    }

    private static String mountPoints(String service) throws Exception {
        return container(service).get("mountPoints").toString();
    }

    private static JsonNode container(String service) throws Exception {
        return JSON.readTree((String) named(plan(), "techcorp-production-" + service + "-task").inputValues()
                .get("containerDefinitions")).get(0);
    }
}
