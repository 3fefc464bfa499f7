package io.platform.plan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static io.platform.testing.StackFixture.map;
import static io.platform.testing.StackFixture.plan;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §2: the required tags are set explicitly on every resource whose AWS type takes tags. */
class TaggingTest {

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyTaggableResourceCarriesTheRequiredTags(String stack) {
        // Explicit providers (the us-east-1 one for CloudFront) are registered as custom resources but are not AWS's.
        var taggable = plan(stack).declared().stream()
                .filter(r -> r.custom() && !r.type().startsWith("pulumi:providers:") && takesTags(r.type())).toList();
        assertThat(taggable).hasSizeGreaterThan(30);
        assertThat(taggable).allSatisfy(r -> {
            Map<String, Object> tags = map(r.inputValues().get("tags"));
            assertThat(tags).as(r.name()).isNotNull()
                    .containsEntry("Project", "platform")
                    .containsEntry("Environment", stack)
                    .containsEntry("Owner", "platform-team")
                    .containsEntry("CostCenter", "CC-1001")
                    .containsEntry("ManagedBy", "pulumi")
                    .containsKey("Name");
            assertThat((String) tags.get("Name")).startsWith("platform-" + stack + "-");
        });
    }

    /** {@code aws:ec2/vpc:Vpc} → does {@code com.pulumi.aws.ec2.VpcArgs} have a {@code tags} input? */
    static boolean takesTags(String type) {
        String[] parts = type.split("[:/]");
        String className = "com.pulumi.aws." + parts[1] + "." + parts[3] + "Args";
        try {
            Class.forName(className).getMethod("tags");
            return true;
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return false;
        }
    }
}
