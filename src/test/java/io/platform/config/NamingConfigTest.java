package io.platform.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Optional;

import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 14 item 6: a settable name prefix, and the region in names AWS keeps unique across regions. */
class NamingConfigTest {

    private static StackConfig staging(Map<String, String> overrides) {
        return load(withOverrides(stackFile("staging"), overrides));
    }

    @Test
    void theCommittedStacksKeepTheirNames() {
        for (String stack : new String[]{"staging", "production"}) {
            Naming naming = load(stackFile(stack)).naming();
            assertThat(naming.project()).isEqualTo("platform");
            assertThat(naming.regionQualifier()).isEmpty();
            assertThat(naming.bucketName("documents", "123456789012"))
                    .isEqualTo("platform-" + stack + "-documents-123456789012");
            assertThat(naming.globalName("overview")).isEqualTo("platform-" + stack + "-overview");
        }
    }

    @Test
    void byDefaultTheRegionQualifiesAccountWideNamesOnly() {
        StackConfig config = staging(Map.of("platform:naming", "{}", "aws:region", "us-west-2"));
        Naming naming = config.naming();
        assertThat(config.names()).isEqualTo(new NamingConfig("platform", true));
        assertThat(naming.regionQualifier()).contains("us-west-2");
        assertThat(naming.name("vpc")).isEqualTo("platform-staging-vpc");
        assertThat(naming.globalName("monthly-budget")).isEqualTo("platform-staging-monthly-budget-us-west-2");
        assertThat(naming.bucketName("documents", "123456789012"))
                .isEqualTo("platform-staging-documents-us-west-2-123456789012");
    }

    @Test
    void thePrefixReplacesTheProjectInNamesAndTheProjectTag() {
        Naming naming = staging(Map.of("platform:naming", "{\"prefix\":\"techcorp\",\"regionInNames\":false}")).naming();
        assertThat(naming.name("db")).isEqualTo("techcorp-staging-db");
        assertThat(naming.serviceLogGroup("api")).isEqualTo("/techcorp/staging/ecs/api");
        assertThat(naming.tags("db")).containsEntry("Project", "techcorp").containsEntry("Name", "techcorp-staging-db");
        assertThat(new Naming("p", "dev", "o", "c", Optional.empty()).globalName("x")).isEqualTo("p-dev-x");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"prefix\":\"Tech\"} | platform:naming.prefix: 'Tech' is not allowed; allowed: 2-31 lower-case letters, digits and single '-', starting with a letter (it begins every AWS name)",
            "{\"prefix\":\"tech--corp\"} | platform:naming.prefix: 'tech--corp' is not allowed; allowed: 2-31 lower-case letters, digits and single '-', starting with a letter (it begins every AWS name)",
            "{\"regionInNames\":\"yes\"} | platform:naming.regionInNames: 'yes' is not a boolean; allowed: true, false (YAML 1.2, as Pulumi reads it, takes yes as a string)",
            "{\"prefx\":\"x\"} | platform:naming.prefx: is not a known setting (did you mean prefix?); known settings here: prefix, regionInNames",
            "{\"prefix\":\"customer-operations-platform\"} | platform:naming.prefix: 'customer-operations-platform' makes the bucket name customer-operations-platform-staging-access-logs-us-east-1-<account id> 71 characters long; S3 allows at most 63, so use at most 20 characters",
    })
    void badNamingIsRefusedWithTheKey(String json, String message) {
        assertThatThrownBy(() -> staging(Map.of("platform:naming", json))).isInstanceOf(ConfigException.class)
                .hasMessage(message);
    }

    @Test
    void aPrefixThatOverflowsATightAwsLimitIsRefusedBeforeDeploy() {
        // Redis replication group ids are at most 40 characters; the buckets still fit.
        assertThatThrownBy(() -> staging(Map.of("platform:naming",
                "{\"prefix\":\"northwind-community-care-ops\",\"regionInNames\":false}")))
                .hasMessage("platform:naming.prefix: 'northwind-community-care-ops' makes the Redis replication group "
                        + "id northwind-community-care-ops-staging-redis 42 characters long; AWS allows at most 40, so "
                        + "use at most 26 characters");
    }
}
