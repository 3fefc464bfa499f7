package io.platform.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Issue 14 items 2 and 3: Redis off or in cluster mode, read replicas, the storage ceiling and the
 * engine version pin, as config reads them and refuses them.
 */
class DataBreadthConfigTest {
    private static final String REDIS_SECRET = "platform:redisAuthToken";

    private static StackConfig stack(String stack, Map<String, String> overrides) {
        return load(withOverrides(stackFile(stack), overrides));
    }

    private static DataConfig data(String stack, String json) {
        return stack(stack, Map.of("platform:data", json.replace('\'', '"'))).data();
    }

    @Test
    void redisOffLeavesNoRedisSecretAndNeedsNoToken() {
        StackConfig config = stack("staging", noRedis());
        assertThat(config.data().redis()).isEmpty();
        assertThat(config.redisAuthToken()).isEmpty();
        assertThat(config.data().secretNames()).doesNotContain(DataConfig.REDIS_AUTH_SECRET)
                .contains(DataConfig.DATABASE_MASTER_SECRET);
    }

    /** Seed 002: no Redis; the services stop referring to its token, and the token is gone from the stack. */
    private static Map<String, String> noRedis() {
        String compute = stackFile("staging").values().get("platform:compute")
                .replace(",\"REDIS_AUTH_TOKEN\":\"redis/auth-token\"", "");
        java.util.HashMap<String, String> overrides = new java.util.HashMap<>(Map.of(
                "platform:data", "{\"redis\":{\"enabled\":false}}", "platform:compute", compute));
        overrides.put(REDIS_SECRET, null);
        return overrides;
    }

    @Test
    void seed004ClusterModeIsThreeShardsOfAPrimaryAndTwoReplicas() {
        DataConfig.Redis redis = data("production", "{'redis':{'clusterMode':true,'shards':3,'replicas':2,"
                + "'nodeType':'cache.r6g.large','engineVersion':'7.0'}}").redis().orElseThrow();
        assertThat(redis.clusterMode()).isTrue();
        assertThat(redis.shards()).isEqualTo(3);
        assertThat(redis.nodesPerShard()).isEqualTo(3);
        assertThat(redis.automaticFailover()).isTrue();
        assertThat(redis.multiAz()).isTrue();
        assertThat(redis.parameterFamily()).isEqualTo("redis7");
    }

    @Test
    void replicasAreReadWithTheSourcesDefaults() {
        DataConfig.Database db = data("production", "{'database':{'instanceClass':'db.r6g.2xlarge',"
                + "'readReplicas':[{'name':'reporting'},{'name':'west','region':'us-west-2','multiAz':false,"
                + "'dbSubnetGroupName':'techcorp-production-db-subnets','securityGroupIds':['sg-0123456789abcdef0']}]}}")
                .database();
        assertThat(db.readReplicas()).extracting(DataConfig.ReadReplica::name).containsExactly("reporting", "west");
        DataConfig.ReadReplica local = db.readReplicas().get(0);
        assertThat(local.region()).isEmpty();
        assertThat(local.instanceClass()).isEqualTo("db.r6g.2xlarge");
        assertThat(local.multiAz()).isTrue();
        assertThat(local.placement()).isEmpty();
        DataConfig.ReadReplica west = db.readReplicas().get(1);
        assertThat(west.crossRegion()).isTrue();
        assertThat(west.multiAz()).isFalse();
        assertThat(west.placement()).contains(new DataConfig.Placement("techcorp-production-db-subnets",
                List.of("sg-0123456789abcdef0")));
    }

    @Test
    void aPinnedMinorWithAutomaticUpgradesOffAndADefaultCeilingTwiceTheStorage() {
        DataConfig.Database db = data("production", "{'database':{'engineVersion':'15.3',"
                + "'autoMinorVersionUpgrade':false,'allocatedStorageGb':500}}").database();
        assertThat(db.engineVersion()).isEqualTo("15.3");
        assertThat(db.autoMinorVersionUpgrade()).isFalse();
        assertThat(db.maxAllocatedStorageGb()).isEqualTo(1000);
        assertThat(data("staging", "{'database':{'allocatedStorageGb':100,'maxAllocatedStorageGb':110}}")
                .database().maxAllocatedStorageGb()).isEqualTo(110);
    }

    static Stream<Arguments> misuses() {
        String db = "platform:data.database.";
        String replica = db + "readReplicas[0].";
        String west = "{'name':'west','region':'us-west-2','dbSubnetGroupName':'g','securityGroupIds':['sg-0123456789abcdef0']}";
        return Stream.of(
                arguments("{'database':{'engineVersion':'15.5'}}", db + "engineVersion: '15.5' pins a minor version "
                        + "while autoMinorVersionUpgrade is true, so AWS would upgrade it and a later plan would try to "
                        + "downgrade; allowed: the major version 15, or 15.5 with autoMinorVersionUpgrade: false"),
                arguments("{'database':{'engine':'aurora-serverless-v2','engineVersion':'15'}}", db + "engineVersion: "
                        + "'15' is not allowed for aurora-serverless-v2; allowed: a full version such as 15.7"),
                arguments("{'database':{'allocatedStorageGb':500,'maxAllocatedStorageGb':500}}", db
                        + "maxAllocatedStorageGb: 500 is less than 10 % above allocatedStorageGb 500, which RDS storage "
                        + "autoscaling refuses; allowed: 550..65536"),
                // A start size whose 10 % headroom would pass RDS's maximum is refused itself, never "66000..65536".
                arguments("{'database':{'allocatedStorageGb':60000}}", db
                        + "allocatedStorageGb: 60000 is out of range 20..59578"),
                arguments("{'database':{'readReplicas':[{'name':'west','region':'us-west-9'}]}}", replica + "region: "
                        + "'us-west-9' is not an AWS region (such as us-east-1) (did you mean us-west-1?)"),
                arguments("{'database':{'readReplicas':[{'name':'big','instanceClass':'db.r6g.3xlarge'}]}}", replica
                        + "instanceClass: 'db.r6g.3xlarge' is not an RDS PostgreSQL instance class of a current family "
                        + "(db.t3, db.t4g, db.m5, db.m5d, db.m6g, db.m6gd, db.m6i, db.m6id, db.m7g, db.m7i, db.m8g, db.r5, "
                        + "db.r5b, db.r5d, db.r6g, db.r6gd, db.r6i, db.r6id, db.r7g, db.r7i, db.r8g, db.x2g) (did you mean "
                        + "db.r6g.2xlarge?)"),
                arguments("{'database':{'readReplicas':[{'name':'west','region':'us-east-1'}]}}", replica + "region: "
                        + "'us-east-1' is the stack's own region; omit region for a replica here"),
                arguments("{'database':{'readReplicas':[{'name':'west','region':'us-west-2'}]}}", replica
                        + "dbSubnetGroupName: is required: a replica in us-west-2 needs a place there: the DB subnet group "
                        + "and security group of the stack that runs in us-west-2 (its outputs dbSubnetGroupName, "
                        + "databaseSecurityGroupId)"),
                arguments("{'database':{'readReplicas':[{'name':'west','region':'us-west-2','dbSubnetGroupName':'g',"
                        + "'securityGroupIds':['sg-12']}]}}", replica + "securityGroupIds[0]: 'sg-12' is not a security "
                        + "group id; allowed: sg- and 8 or 17 hex digits"),
                arguments("{'database':{'readReplicas':[{'name':'local','dbSubnetGroupName':'g'}]}}", replica
                        + "dbSubnetGroupName: is only for a replica in another region; one in the stack's region uses "
                        + "the stack's data subnets and database security group"),
                arguments("{'database':{'readReplicas':[" + west + "," + west + "]}}", db + "readReplicas[1].name: "
                        + "'west' is used by another replica; replica names must be unique"),
                arguments("{'database':{'engine':'aurora-serverless-v2','readReplicas':[{'name':'r'}]}}", db
                        + "readReplicas: is only for engine rds-postgres; Aurora scales reads with auroraInstances"),
                arguments("{'redis':{'enabled':false,'nodeType':'cache.t3.small'}}", "platform:data.redis.nodeType: is "
                        + "set but Redis is off (enabled: false); remove it or turn Redis on"),
                arguments("{'redis':{'shards':3}}", "platform:data.redis.shards: 3 needs clusterMode: true; without "
                        + "cluster mode Redis has exactly one shard, allowed: 1"),
                arguments("{'redis':{'clusterMode':true,'engineVersion':'5.0.6'}}", "platform:data.redis.engineVersion: "
                        + "'5.0.6' is not allowed with clusterMode; allowed: Redis 6.x or 7.x (parameter group families "
                        + "redis6.x, redis7)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misuses")
    void misusesAreRefusedWithOneLine(String json, String message) {
        assertThatThrownBy(() -> data("staging", json)).isInstanceOf(ConfigException.class).hasMessage(message);
    }

    @Test
    void aTokenForRedisThatIsOffIsRefusedWithoutEchoingIt() {
        Map<String, String> overrides = new java.util.HashMap<>(noRedis());
        overrides.remove(REDIS_SECRET);
        assertThatThrownBy(() -> stack("staging", overrides)).hasMessage("platform:redisAuthToken: is set but Redis is "
                + "off (platform:data.redis.enabled: false), so no AUTH token is used; remove it");
    }

    @Test
    void devAutoShutdownCannotStopADatabaseWithReplicas() {
        assertThatThrownBy(() -> stack("staging", Map.of("platform:environment", "dev", "platform:data",
                "{\"database\":{\"readReplicas\":[{\"name\":\"reporting\"}]}}")))
                .hasMessage("platform:operations.autoShutdown: true stops the database every night, which RDS refuses "
                        + "for an instance with read replicas (platform:data.database.readReplicas); allowed: false, or "
                        + "remove the replicas");
    }

    @Test
    void optionalsAreEmptyByDefault() {
        assertThat(load(stackFile("staging")).data().database().readReplicas()).isEmpty();
        assertThat(load(stackFile("staging")).data().buckets()).isEmpty();
        assertThat(load(stackFile("staging")).data().fileSystems()).isEmpty();
        assertThat(load(stackFile("staging")).data().redis()).isPresent();
    }
}
