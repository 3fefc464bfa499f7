package io.platform.policy;

import io.platform.policy.rules.TaggingRules;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PolicyMetadata;
import io.platform.policy.sdk.PolicyPack;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.StackPolicy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue table in policy/README.md is generated from the pack's metadata and must match it.
 * On failure the current table is written to target/catalogue.md: paste it between the markers.
 */
class ReadmeCatalogueTest {
    static final String START = "<!-- catalogue:start -->";
    static final String END = "<!-- catalogue:end -->";

    static String table(PolicyPack pack) {
        StringBuilder out = new StringBuilder();
        out.append("| id | kind | default level | severity | controls | types | what it checks | settings |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (Policy p : pack.policies()) {
            PolicyMetadata m = p.metadata();
            String kind = p instanceof StackPolicy ? "stack" : "resource";
            String level = m.defaultLevel().wireName() + (m.productionOnly() ? " (production only)" : "");
            out.append("| `").append(m.id()).append("` | ").append(kind).append(" | ").append(level).append(" | ")
                    .append(m.severity().wireName()).append(" | ").append(m.controls().stream().map(io.platform.policy.sdk.Control::tag).collect(Collectors.joining(", "))).append(" | ")
                    .append(types(p)).append(" | ").append(m.description().replace("|", "\\|")).append(" | ")
                    .append(m.configSchema().settings().stream().map(st -> "`" + st.name() + "`")
                            .collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String types(Policy p) {
        Collection<String> types = p instanceof ResourcePolicy rp ? rp.resourceTypes() : ((StackPolicy) p).inspectedTypes();
        if (types.equals(TaggingRules.taggableTypes())) {
            return "all " + types.size() + " taggable types (`taggable-types.txt`)";
        }
        return types.stream().sorted().map(t -> "`" + t + "`").collect(Collectors.joining("<br>"));
    }

    @Test
    void readmeListsEveryPolicyAsThePackDeclaresIt() throws IOException {
        String expected = table(PlatformPolicyPack.create());
        Path generated = Path.of("target", "catalogue.md");
        Files.createDirectories(generated.getParent());
        Files.writeString(generated, expected);

        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains(START, END);
        String actual = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END)).strip() + "\n";
        assertThat(actual).as("README catalogue differs from the pack; the current table is in %s", generated.toAbsolutePath())
                .isEqualTo(expected);
    }
}
