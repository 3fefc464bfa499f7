package io.platform.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** {@code platform:data}: SPEC §2 defaults per environment, and a clear message for every bad value. */
class DataConfigReaderTest {
    private static final List<String> DEFAULT_APP_SECRETS =
            List.of("app/jwt-secret", "app/external-api-keys", "monitoring/slack-webhook");

    private static DataConfig data(String stack, String json) {
        return load(withOverrides(stackFile(stack), Map.of("platform:data", json))).data();
    }

    @Test
    void stagingGetsTheSpecSizesAndNoSafeguards() {
        DataConfig data = load(stackFile("staging")).data();
        assertDatabase(data.database(), "db.t3.small", false, 14, 2, 1, false);
        DataConfig.Redis redis = data.redis().orElseThrow();
        assertRedis(redis, "cache.t3.small", 0);
        assertThat(redis.automaticFailover()).isFalse();
        assertThat(redis.multiAz()).isFalse();
        assertThat(data.appSecrets()).isEqualTo(DEFAULT_APP_SECRETS);
        assertThat(data.documents()).isEqualTo(new DataConfig.Documents(OptionalInt.empty(), OptionalInt.empty(),
                List.of(), OptionalInt.empty()));
        assertThat(data.accessLogExpirationDays()).isEqualTo(90);
    }

    @Test
    void productionGetsTheSpecSizesAndEverySafeguard() {
        DataConfig data = load(stackFile("production")).data();
        assertDatabase(data.database(), "db.t3.medium", true, 30, 8, 2, true);
        DataConfig.Redis redis = data.redis().orElseThrow();
        assertRedis(redis, "cache.t3.medium", 1);
        assertThat(redis.automaticFailover()).isTrue();
        assertThat(redis.multiAz()).isTrue();
    }

    /** The defaults every stack shares plus the per-environment values. */
    private static void assertDatabase(DataConfig.Database db, String instanceClass, boolean safeguards, int retention,
                                       double maxAcu, int auroraInstances, boolean multiAz) {
        assertThat(db.engine()).isEqualTo(DatabaseEngine.RDS_POSTGRES);
        assertThat(db.engineVersion()).isEqualTo("15");
        assertThat(db.autoMinorVersionUpgrade()).isTrue();
        assertThat(db.instanceClass()).isEqualTo(instanceClass);
        assertThat(db.multiAz()).isEqualTo(multiAz);
        assertThat(db.backupRetentionDays()).isEqualTo(retention);
        assertThat(db.allocatedStorageGb()).isEqualTo(20);
        assertThat(db.maxAllocatedStorageGb()).isEqualTo(100);
        assertThat(db.minCapacityAcu()).isEqualTo(0.5);
        assertThat(db.maxCapacityAcu()).isEqualTo(maxAcu);
        assertThat(db.auroraInstances()).isEqualTo(auroraInstances);
        assertThat(db.deletionProtection()).isEqualTo(safeguards);
        assertThat(db.finalSnapshot()).isEqualTo(safeguards);
        assertThat(db.protect()).isEqualTo(safeguards);
        assertThat(db.databaseName()).isEqualTo("app");
        assertThat(db.masterUsername()).isEqualTo("app_admin");
        assertThat(db.readReplicas()).isEmpty();
    }

    private static void assertRedis(DataConfig.Redis redis, String nodeType, int replicas) {
        assertThat(redis.nodeType()).isEqualTo(nodeType);
        assertThat(redis.replicas()).isEqualTo(replicas);
        assertThat(redis.clusterMode()).isFalse();
        assertThat(redis.shards()).isEqualTo(1);
        assertThat(redis.engineVersion()).isEqualTo("7.1");
        assertThat(redis.snapshotRetentionDays()).isEqualTo(5);
    }

    @Test
    void productionDefaultsComeFromTheEnvironmentNotOnlyFromTheStackFile() {
        assertThat(data("production", "{}")).isEqualTo(load(stackFile("production")).data());
    }

    @Test
    void devGetsTheSmallestSizes() {
        DataConfig data = load(withOverrides(stackFile("staging"), Map.of("platform:environment", "dev"))).data();
        assertThat(data.database().instanceClass()).isEqualTo("db.t3.micro");
        assertThat(data.database().backupRetentionDays()).isEqualTo(7);
        assertThat(data.database().multiAz()).isFalse();
        assertThat(data.database().deletionProtection()).isFalse();
        assertThat(data.redis().orElseThrow().nodeType()).isEqualTo("cache.t3.micro");
        assertThat(data.redis().orElseThrow().replicas()).isZero();
    }

    @Test
    void auroraIsReadWithItsCapacity() {
        DataConfig.Database db = data("staging", "{\"database\":{\"engine\":\"aurora-serverless-v2\","
                + "\"minCapacityAcu\":1,\"maxCapacityAcu\":8,\"auroraInstances\":2}}").database();
        assertThat(db.engine()).isEqualTo(DatabaseEngine.AURORA_SERVERLESS_V2);
        assertThat(db.minCapacityAcu()).isEqualTo(1.0);
        assertThat(db.maxCapacityAcu()).isEqualTo(8.0);
        assertThat(db.auroraInstances()).isEqualTo(2);
        assertThat(db.instanceClass()).isEqualTo("db.t3.small");
    }

    @Test
    void acuAcceptsHalfStepsAsNumbersOrText() {
        DataConfig.Database db = data("production", "{\"database\":{\"engine\":\"aurora-serverless-v2\",\"minCapacityAcu\":\"0.5\",\"maxCapacityAcu\":256}}")
                .database();
        assertThat(db.minCapacityAcu()).isEqualTo(0.5);
        assertThat(db.maxCapacityAcu()).isEqualTo(256.0);
        assertThat(data("staging", "{\"database\":{\"engine\":\"aurora-serverless-v2\",\"minCapacityAcu\":2,\"maxCapacityAcu\":2}}").database().minCapacityAcu())
                .isEqualTo(2.0);
    }

    @Test
    void retentionBoundsAreInclusive() {
        assertThat(data("staging", "{\"database\":{\"backupRetentionDays\":1}}").database().backupRetentionDays()).isEqualTo(1);
        assertThat(data("staging", "{\"database\":{\"backupRetentionDays\":35}}").database().backupRetentionDays()).isEqualTo(35);
    }

    @Test
    void documentsOptionsAreRead() {
        DataConfig.Documents docs = data("staging", "{\"documents\":{\"glacierAfterDays\":365,\"deepArchiveAfterDays\":2555,"
                + "\"corsOrigins\":[\"https://app.example.com\",\"https://*.example.com:8443\"],\"objectLockDays\":30},"
                + "\"accessLogExpirationDays\":400}").documents();
        assertThat(docs.glacierAfterDays()).hasValue(365);
        assertThat(docs.deepArchiveAfterDays()).hasValue(2555);
        assertThat(docs.corsOrigins()).containsExactly("https://app.example.com", "https://*.example.com:8443");
        assertThat(docs.objectLockDays()).hasValue(30);
        assertThat(data("staging", "{\"accessLogExpirationDays\":400}").accessLogExpirationDays()).isEqualTo(400);
    }

    @Test
    void secretNamesIncludeTheBuiltInOnes() {
        assertThat(data("staging", "{\"appSecrets\":[\"app/jwt-secret\",\"billing/stripe-key\"]}").secretNames())
                .containsExactly("database/master", "redis/auth-token", "app/jwt-secret", "billing/stripe-key");
    }

    @Test
    void servicesCannotReferenceASecretTheDataTierNoLongerDeclares() {
        var raw = withOverrides(stackFile("staging"), Map.of("platform:data", "{\"appSecrets\":[\"billing/stripe-key\"]}"));
        assertThatThrownBy(() -> load(raw)).isInstanceOf(ConfigException.class).hasMessage(
                "platform:compute.services[0].secrets.JWT_SECRET: 'app/jwt-secret' is not a secret this stack defines; "
                        + "allowed: database/master, redis/auth-token, billing/stripe-key");
    }

    static Stream<Arguments> badValues() {
        String dbKeys = "allocatedStorageGb, auroraInstances, autoMinorVersionUpgrade, backupRetentionDays, databaseName, "
                + "deletionProtection, engine, engineVersion, finalSnapshot, instanceClass, masterUsername, "
                + "maxAllocatedStorageGb, maxCapacityAcu, minCapacityAcu, multiAz, protect, readReplicas";
        return Stream.of(
                // engine
                arguments("staging", "{\"database\":{\"engine\":\"mysql\"}}",
                        "platform:data.database.engine: 'mysql' is not allowed; allowed: rds-postgres, aurora-serverless-v2"),
                arguments("staging", "{\"database\":{\"engine\":\"aurora\"}}",
                        "platform:data.database.engine: 'aurora' is not allowed; allowed: rds-postgres, aurora-serverless-v2"),
                // ACU
                arguments("staging", "{\"database\":{\"engine\":\"aurora-serverless-v2\",\"minCapacityAcu\":4}}",
                        "platform:data.database.minCapacityAcu: 4 is greater than maxCapacityAcu 2; allowed: 0.5..2"),
                arguments("production", "{\"database\":{\"engine\":\"aurora-serverless-v2\",\"minCapacityAcu\":16,\"maxCapacityAcu\":8}}",
                        "platform:data.database.minCapacityAcu: 16 is greater than maxCapacityAcu 8; allowed: 0.5..8"),
                arguments("staging", "{\"database\":{\"engine\":\"aurora-serverless-v2\",\"minCapacityAcu\":1.5,\"maxCapacityAcu\":1}}",
                        "platform:data.database.minCapacityAcu: 1.5 is greater than maxCapacityAcu 1; allowed: 0.5..1"),
                arguments("staging", "{\"database\":{\"engine\":\"aurora-serverless-v2\",\"minCapacityAcu\":0.75}}",
                        "platform:data.database.minCapacityAcu: 0.75 is not allowed; allowed: 0.5..256 in steps of 0.5"),
                arguments("staging", "{\"database\":{\"engine\":\"aurora-serverless-v2\",\"minCapacityAcu\":0}}",
                        "platform:data.database.minCapacityAcu: 0 is not allowed; allowed: 0.5..256 in steps of 0.5"),
                arguments("staging", "{\"database\":{\"engine\":\"aurora-serverless-v2\",\"maxCapacityAcu\":300}}",
                        "platform:data.database.maxCapacityAcu: 300 is not allowed; allowed: 0.5..256 in steps of 0.5"),
                arguments("staging", "{\"database\":{\"engine\":\"aurora-serverless-v2\",\"maxCapacityAcu\":\"lots\"}}",
                        "platform:data.database.maxCapacityAcu: 'lots' is not a number; allowed: 0.5..256 in steps of 0.5"),
                arguments("staging", "{\"database\":{\"engine\":\"aurora-serverless-v2\",\"auroraInstances\":0}}",
                        "platform:data.database.auroraInstances: 0 is out of range 1..15"),
                // instance class
                arguments("staging", "{\"database\":{\"instanceClass\":\"t3.small\"}}",
                        "platform:data.database.instanceClass: 't3.small' is not an RDS PostgreSQL instance class of a current family (db.t3, db.t4g, db.m5, db.m5d, "
                                + "db.m6g, db.m6gd, db.m6i, db.m6id, db.m7g, db.m7i, db.m8g, db.r5, db.r5b, db.r5d, db.r6g, "
                                + "db.r6gd, db.r6i, db.r6id, db.r7g, db.r7i, db.r8g, db.x2g)"),
                arguments("production", "{\"database\":{\"instanceClass\":\"cache.t3.medium\"}}",
                        "platform:data.database.instanceClass: 'cache.t3.medium' is not an RDS PostgreSQL instance class of a current family (db.t3, db.t4g, db.m5, db.m5d, "
                                + "db.m6g, db.m6gd, db.m6i, db.m6id, db.m7g, db.m7i, db.m8g, db.r5, db.r5b, db.r5d, db.r6g, "
                                + "db.r6gd, db.r6i, db.r6id, db.r7g, db.r7i, db.r8g, db.x2g) (did you mean db.t3.medium?)"),
                arguments("staging", "{\"database\":{\"instanceClass\":\"db.t3\"}}",
                        "platform:data.database.instanceClass: 'db.t3' is not an RDS PostgreSQL instance class of a current family (db.t3, db.t4g, db.m5, db.m5d, "
                                + "db.m6g, db.m6gd, db.m6i, db.m6id, db.m7g, db.m7i, db.m8g, db.r5, db.r5b, db.r5d, db.r6g, "
                                + "db.r6gd, db.r6i, db.r6id, db.r7g, db.r7i, db.r8g, db.x2g)"),
                // backup retention
                arguments("staging", "{\"database\":{\"backupRetentionDays\":0}}",
                        "platform:data.database.backupRetentionDays: 0 is out of range 1..35"),
                arguments("production", "{\"database\":{\"backupRetentionDays\":36}}",
                        "platform:data.database.backupRetentionDays: 36 is out of range 1..35"),
                arguments("staging", "{\"database\":{\"backupRetentionDays\":\"two weeks\"}}",
                        "platform:data.database.backupRetentionDays: 'two weeks' is not a whole number; allowed: 1..35"),
                // Redis node type and sizes
                arguments("staging", "{\"redis\":{\"nodeType\":\"t3.small\"}}",
                        "platform:data.redis.nodeType: 't3.small' is not an ElastiCache node type of a current family (cache.t3, cache.t4g, "
                                + "cache.m5, cache.m6g, cache.m7g, cache.r5, cache.r6g, cache.r7g, cache.c7gn)"),
                arguments("production", "{\"redis\":{\"nodeType\":\"db.t3.medium\"}}",
                        "platform:data.redis.nodeType: 'db.t3.medium' is not an ElastiCache node type of a current family (cache.t3, cache.t4g, "
                                + "cache.m5, cache.m6g, cache.m7g, cache.r5, cache.r6g, cache.r7g, cache.c7gn)"),
                arguments("staging", "{\"redis\":{\"replicas\":6}}",
                        "platform:data.redis.replicas: 6 is out of range 0..5"),
                arguments("staging", "{\"redis\":{\"snapshotRetentionDays\":0}}",
                        "platform:data.redis.snapshotRetentionDays: 0 is out of range 1..35"),
                arguments("staging", "{\"redis\":{\"engineVersion\":\"seven\"}}",
                        "platform:data.redis.engineVersion: 'seven' is not allowed; allowed: a Redis version such as 7.1"),
                // other database settings
                arguments("staging", "{\"database\":{\"engineVersion\":\"15.x\"}}",
                        "platform:data.database.engineVersion: '15.x' is not allowed; allowed: a PostgreSQL version such as 15 or 15.7"),
                arguments("staging", "{\"database\":{\"allocatedStorageGb\":10}}",
                        "platform:data.database.allocatedStorageGb: 10 is out of range 20..59578"),
                arguments("staging", "{\"database\":{\"allocatedStorageGb\":200,\"maxAllocatedStorageGb\":210}}",
                        "platform:data.database.maxAllocatedStorageGb: 210 is less than 10 % above allocatedStorageGb "
                                + "200, which RDS storage autoscaling refuses; allowed: 220..65536"),
                arguments("staging", "{\"database\":{\"multiAz\":\"yes\"}}",
                        "platform:data.database.multiAz: 'yes' is not a boolean; allowed: true, false (YAML 1.2, as Pulumi reads it, takes yes as a string)"),
                arguments("staging", "{\"database\":{\"masterUsername\":\"Admin\"}}",
                        "platform:data.database.masterUsername: 'Admin' is not allowed; allowed: a PostgreSQL identifier "
                                + "(lower-case, digits, _)"),
                arguments("staging", "{\"database\":{\"instanceType\":\"db.t3.small\"}}",
                        "platform:data.database.instanceType: is not a known setting; known settings here: " + dbKeys),
                arguments("staging", "{\"database\":[\"db.t3.small\"]}",
                        "platform:data.database: [\"db.t3.small\"] is not an object; expected a map of settings"),
                arguments("staging", "{\"cache\":{}}",
                        "platform:data.cache: is not a known setting; known settings here: accessLogExpirationDays, "
                                + "appSecrets, buckets, database, documents, fileSystems, redis"),
                // app secrets
                arguments("staging", "{\"appSecrets\":[\"app/jwt-secret\",\"redis/auth-token\"]}",
                        "platform:data.appSecrets[1]: 'redis/auth-token' is not allowed; allowed: lower-case paths like "
                                + "app/jwt-secret, other than the built-in database/master and redis/auth-token"),
                arguments("staging", "{\"appSecrets\":[\"App/Jwt\"]}",
                        "platform:data.appSecrets[0]: 'App/Jwt' is not allowed; allowed: lower-case paths like "
                                + "app/jwt-secret, other than the built-in database/master and redis/auth-token"),
                arguments("staging", "{\"appSecrets\":[\"app/jwt-secret\",\"app/jwt-secret\"]}",
                        "platform:data.appSecrets[1]: 'app/jwt-secret' is listed twice (also at [0]); list it once"),
                // documents
                arguments("staging", "{\"documents\":{\"glacierAfterDays\":365,\"deepArchiveAfterDays\":400}}",
                        "platform:data.documents.deepArchiveAfterDays: 400 is too early; S3 needs objects to stay 90 days "
                                + "in Glacier first, so allowed: 455 or more"),
                arguments("staging", "{\"documents\":{\"corsOrigins\":[\"https://ok.example.com\",\"http://app.example.com\"]}}",
                        "platform:data.documents.corsOrigins[1]: 'http://app.example.com' is not allowed; allowed: https "
                                + "origins such as https://app.example.com"),
                arguments("staging", "{\"documents\":{\"objectLockDays\":0}}",
                        "platform:data.documents.objectLockDays: 0 is out of range 1..36500"),
                arguments("staging", "{\"accessLogExpirationDays\":0}",
                        "platform:data.accessLogExpirationDays: 0 is out of range 1..3650"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badValues")
    void badValuesNameTheKeyTheValueAndWhatIsAllowed(String stack, String json, String message) {
        var raw = withOverrides(stackFile(stack), Map.of("platform:data", json));
        assertThatThrownBy(() -> load(raw)).isInstanceOf(ConfigException.class).hasMessage(message);
    }

    @Test
    void theExceptionCarriesTheFullKey() {
        var raw = withOverrides(stackFile("staging"), Map.of("platform:data", "{\"redis\":{\"nodeType\":\"r7g.large\"}}"));
        assertThatThrownBy(() -> load(raw)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.key()).isEqualTo("platform:data.redis.nodeType"));
    }
}
