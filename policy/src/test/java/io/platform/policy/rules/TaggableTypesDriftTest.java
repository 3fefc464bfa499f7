package io.platform.policy.rules;

import io.platform.policy.Tokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * taggable-types.txt must list exactly the com.pulumi:aws resource types whose Args accept
 * {@code tags}. On failure the expected list is written to target/taggable-types.txt: copy it
 * over src/main/resources/io/platform/policy/rules/taggable-types.txt (keeping the header).
 */
class TaggableTypesDriftTest {

    @Test
    void taggableTypesMatchTheProviderJar() throws IOException {
        Set<String> fromJar = AwsInputSchema.argsByType().entrySet().stream()
                .filter(e -> AwsInputSchema.inputs(e.getValue()).containsKey("tags"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = new TreeSet<>(TaggingRules.taggableTypes());

        Path expected = Path.of("target", "taggable-types.txt");
        Files.createDirectories(expected.getParent());
        Files.write(expected, fromJar);

        assertThat(fromJar).hasSizeGreaterThan(700).contains(Tokens.S3_BUCKET_V2, Tokens.RDS_INSTANCE, Tokens.VPC);
        assertThat(listed)
                .as("taggable-types.txt differs from com.pulumi:aws; the jar's list is in %s", expected.toAbsolutePath())
                .isEqualTo(fromJar);
    }

    @Test
    void companionResourcesWithoutTagsAreNotTaggable() {
        assertThat(TaggingRules.taggableTypes())
                .doesNotContain(Tokens.S3_PUBLIC_ACCESS_BLOCK, Tokens.S3_BUCKET_POLICY, Tokens.S3_SSE_V2,
                        Tokens.WAF_ASSOCIATION, Tokens.IAM_ROLE_POLICY_ATTACHMENT);
    }
}
