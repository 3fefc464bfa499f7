package io.platform.compute;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.platform.compute.ComputePlan.KMS_KEY;
import static io.platform.compute.ComputePlan.LIFECYCLE;
import static io.platform.compute.ComputePlan.REPOSITORY;
import static io.platform.compute.ComputePlan.arn;
import static io.platform.compute.ComputePlan.names;
import static io.platform.compute.ComputePlan.parse;
import static io.platform.compute.ComputePlan.resource;
import static io.platform.compute.ComputePlan.sources;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §3.4 ECR: one repository per configured repository, scan on push, immutable tags, KMS, last N images. */
class EcrRegistryTest {

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void repositoriesScanOnPushKeepTagsImmutableAndUseTheS3Key(String stack) {
        PlanResult plan = plan(stack);
        assertThat(names(plan, REPOSITORY)).containsExactlyInAnyOrder(
                "platform-" + stack + "-ecr-api", "platform-" + stack + "-ecr-worker");
        RecordedResource s3Key = resource(plan, KMS_KEY, "s3");
        for (String name : List.of("api", "worker")) {
            RecordedResource repository = resource(plan, REPOSITORY, "ecr-" + name);
            assertThat(repository.inputValues()).as(name)
                    .containsEntry("name", "platform-" + stack + "-" + name)
                    .containsEntry("imageTagMutability", "IMMUTABLE")
                    .containsEntry("imageScanningConfiguration", Map.of("scanOnPush", true))
                    .containsEntry("encryptionConfigurations", List.of(Map.of(
                            "encryptionType", "KMS", "kmsKey", arn(s3Key))))
                    .containsEntry("forceDelete", false);
            assertThat(sources(repository, "encryptionConfigurations")).containsExactly(s3Key.urn());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void lifecyclePolicyExpiresAllButTheLast30Images(String stack) {
        PlanResult plan = plan(stack);
        assertThat(plan.ofType(LIFECYCLE)).hasSize(2);
        for (String name : List.of("api", "worker")) {
            RecordedResource lifecycle = resource(plan, LIFECYCLE, "ecr-" + name + "-lifecycle");
            assertThat(lifecycle.inputValues()).containsEntry("repository", "platform-" + stack + "-" + name);
            assertThat(sources(lifecycle, "repository")).containsExactly(resource(plan, REPOSITORY, "ecr-" + name).urn());
            assertThat(parse((String) lifecycle.inputValues().get("policy"))).isEqualTo(parse("{\"rules\":[{"
                    + "\"rulePriority\":1,\"description\":\"Keep the last 30 images\","
                    + "\"selection\":{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":30},"
                    + "\"action\":{\"type\":\"expire\"}}]}"));
        }
    }

    @Test
    void theNumberOfImagesKeptComesFromConfig() {
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("platform:compute", "{\"ecrKeepImages\":50,"
                + "\"services\":[{\"name\":\"api\",\"repository\":\"api\",\"tag\":\"1.0.0\","
                + "\"public\":{\"paths\":[\"/*\"]}}]}")));
        assertThat(parse((String) resource(plan, LIFECYCLE, "ecr-api-lifecycle").inputValues().get("policy"))
                .at("/rules/0/selection/countNumber").asInt()).isEqualTo(50);
        assertThat(parse(Registry.keepLast(7)).at("/rules/0/description").asText()).isEqualTo("Keep the last 7 images");
    }

    @Test
    void servicesSharingARepositoryGetOneRepositoryAndImageServicesNone() {
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("platform:compute", "{\"services\":["
                + "{\"name\":\"api\",\"repository\":\"app\",\"tag\":\"2.0.0\",\"public\":{\"paths\":[\"/*\"]}},"
                + "{\"name\":\"worker\",\"repository\":\"app\",\"tag\":\"2.0.0\",\"worker\":true},"
                + "{\"name\":\"proxy\",\"image\":\"nginx:1.27\",\"worker\":true}]}")));
        assertThat(names(plan, REPOSITORY)).containsExactly("platform-staging-ecr-app");
        assertThat(names(plan, LIFECYCLE)).containsExactly("platform-staging-ecr-app-lifecycle");
        String repositoryUrl = ComputePlan.ACCOUNT + ".dkr.ecr.us-east-1.amazonaws.com/platform-staging-app";
        assertThat(ComputePlan.container(resource(plan, ComputePlan.TASK, "api-task")).get("image").asText())
                .isEqualTo(repositoryUrl + ":2.0.0");
        assertThat(ComputePlan.container(resource(plan, ComputePlan.TASK, "worker-task")).get("image").asText())
                .isEqualTo(repositoryUrl + ":2.0.0");
        assertThat(ComputePlan.container(resource(plan, ComputePlan.TASK, "proxy-task")).get("image").asText())
                .isEqualTo("nginx:1.27");
    }
}
