package io.platform.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Namespaces, catalogues, shadowing and messages: each class of mistake with its exact message. */
class ConfigHardeningTest {

    private static void refused(Map<String, String> overrides, String message) {
        assertThatThrownBy(() -> load(withOverrides(stackFile("staging"), overrides)))
                .isInstanceOf(ConfigException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "platfrom:network|platfrom:network: 'platfrom' is not a config namespace this program reads (did you mean "
                    + "platform:network?); namespaces read: platform (this project), aws (the AWS provider), pulumi (the engine)",
            "aws:regin|aws:regin: is not a setting of the AWS provider (did you mean aws:region?); its settings: accessKey, "
                    + "allowedAccountIds, assumeRole, assumeRoleWithWebIdentity, customCaBundle, defaultTags, "
                    + "ec2MetadataServiceEndpoint, ec2MetadataServiceEndpointMode, endpoints, forbiddenAccountIds, httpProxy, "
                    + "httpsProxy, ignoreTags, insecure, maxRetries, noProxy, profile, region, retryMode, "
                    + "s3UsEast1RegionalEndpoint, s3UsePathStyle, secretKey, sharedConfigFiles, sharedCredentialsFiles, "
                    + "skipCredentialsValidation, skipMetadataApiCheck, skipRegionValidation, skipRequestingAccountId, "
                    + "stsRegion, token, tokenBucketRateLimiterCapacity, useDualstackEndpoint, useFipsEndpoint",
            "pulumi:tag|pulumi:tag: is not a setting of the Pulumi engine (did you mean pulumi:tags?); its stack settings: "
                    + "disable-default-providers, tags",
            "random:seed|random:seed: 'random' is not a config namespace this program reads; namespaces read: platform "
                    + "(this project), aws (the AWS provider), pulumi (the engine)",
    })
    void everyNamespaceIsChecked(String key, String message) {
        refused(Map.of(key, "x"), message);
    }

    @Test
    void awsCredentialsMustNotBePlainText() {
        refused(Map.of("aws:secretKey", "abc"), "aws:secretKey: is set in plain text; credentials must be encrypted "
                + "(pulumi config set --secret aws:secretKey) or, better, come from an AWS profile or OIDC role");
    }

    @Test
    void disablingTheDefaultAwsProviderIsRefused() {
        refused(Map.of("pulumi:disable-default-providers", "[\"aws\"]"), "pulumi:disable-default-providers: disables "
                + "the default aws provider, which every resource of this program uses; remove 'aws'");
    }

    @Test
    void theAwsKeysAreTheProvidersOwn() {
        assertThat(ConfigNamespaces.AWS_KEYS).contains("region", "profile", "defaultTags", "assumeRole")
                .doesNotContain("regin", "builder").hasSize(33);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "us-east-9|aws:region: 'us-east-9' is not an AWS region (such as us-east-1) (did you mean us-east-1?)",
            "eu-west-9|aws:region: 'eu-west-9' is not an AWS region (such as us-east-1) (did you mean eu-west-1?)",
    })
    void regionsComeFromTheCatalogue(String region, String message) {
        refused(Map.of("aws:region", region), message);
    }

    @Test
    void otherPartitionsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> load(withOverrides(stackFile("staging"), Map.of("aws:region", "cn-north-1"))))
                .message().startsWith("aws:region: 'cn-north-1' is in the aws-cn partition; this platform deploys to the "
                        + "aws partition only (its CloudFront certificates and web ACLs live in us-east-1); allowed: "
                        + "af-south-1, ap-east-1,");
    }

    @Test
    void azCountMustFitTheRegion() {
        refused(Map.of("aws:region", "us-west-1"), "platform:network.azCount: 3 is more than the 2 availability zones "
                + "us-west-1 offers new accounts; allowed: 2..2");
        assertThat(load(withOverrides(stackFile("staging"), Map.of("aws:region", "us-west-1",
                "platform:network", "{\"azCount\":2}"))).region()).isEqualTo("us-west-1");
    }

    @Test
    void theDrRegionExistsDiffersAndSharesThePartition() {
        refused(Map.of("platform:operations", "{\"drRegion\":\"us-west-9\"}"), "platform:operations.drRegion: "
                + "'us-west-9' is not an AWS region (such as us-east-1) (did you mean us-west-1?)");
        refused(Map.of("platform:operations", "{\"drRegion\":\"us-east-1\"}"), "platform:operations.drRegion: "
                + "'us-east-1' is the stack's own region; a DR copy must live in another region");
        assertThatThrownBy(() -> load(withOverrides(stackFile("staging"),
                Map.of("platform:operations", "{\"drRegion\":\"us-gov-west-1\"}"))))
                .message().startsWith("platform:operations.drRegion: 'us-gov-west-1' is in the aws-us-gov partition");
    }

    @Test
    void countryCodesComeFromIso3166() {
        refused(Map.of("platform:security", "{\"github\":{\"repository\":\"acme/platform\"},"
                + "\"waf\":{\"blockedCountries\":[\"XX\"]}}"), "platform:security.waf.blockedCountries[0]: 'XX' is not "
                + "an ISO 3166-1 alpha-2 country code (such as US, CA, DE)");
        assertThat(CountryCodes.all()).contains("US", "CA", "DE", "CN").doesNotContain("XX", "UK").hasSizeGreaterThan(240);
    }

    @Test
    void instanceClassesAndNodeTypesComeFromTheKnownFamilies() {
        refused(Map.of("platform:data", "{\"database\":{\"instanceClass\":\"db.t3.huge\"}}"),
                "platform:data.database.instanceClass: 'db.t3.huge' is not " + InstanceClasses.RDS.what()
                        + " (did you mean db.t3.large?)");
        refused(Map.of("platform:data", "{\"redis\":{\"nodeType\":\"cache.t2.micro\"}}"),
                "platform:data.redis.nodeType: 'cache.t2.micro' is not " + InstanceClasses.ELASTICACHE.what()
                        + " (did you mean cache.t3.micro?)");
        assertThat(InstanceClasses.RDS.names()).contains("db.t3.micro", "db.r6g.2xlarge", "db.m7g.16xlarge")
                .doesNotContain("db.t3.4xlarge", "db.t2.micro");
        assertThat(InstanceClasses.ELASTICACHE.names()).contains("cache.t4g.small", "cache.r7g.large")
                .doesNotContain("cache.t3.large");
    }

    @Test
    void anAuroraKeyWithTheRdsEngineIsRefusedNotIgnored() {
        refused(Map.of("platform:data", "{\"database\":{\"minCapacityAcu\":1}}"), "platform:data.database.minCapacityAcu: "
                + "applies only to engine aurora-serverless-v2; with engine rds-postgres it would be ignored, so remove it");
    }

    @Test
    void aServiceMayNotRedefineAnInjectedVariable() {
        refused(Map.of("platform:compute", services("'environment':{'DATABASE_HOST':'db.internal'}")),
                "platform:compute.services[0].environment.DATABASE_HOST: service 'api' sets DATABASE_HOST, which the "
                        + "platform already injects into every container (the database endpoint); remove it here");
        refused(Map.of("platform:compute", services("'secrets':{'REDIS_PORT':'app/jwt-secret'}")),
                "platform:compute.services[0].secrets.REDIS_PORT: service 'api' sets REDIS_PORT, which the platform "
                        + "already injects into every container (the Redis port); remove it here");
        refused(Map.of("platform:compute", services("'environment':{'API_KEY':'x'},'secrets':{'API_KEY':'app/jwt-secret'}")),
                "platform:compute.services[0].secrets.API_KEY: service 'api' sets API_KEY here and in "
                        + "platform:compute.services[0].environment.API_KEY; a variable is either plain environment or "
                        + "injected from Secrets Manager");
    }

    @Test
    void theInjectedVariablesAreTheProgramsList() {
        TreeSet<String> names = Arrays.stream(InjectedVariable.values()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(names)
                .containsExactly("AWS_REGION", "DATABASE_HOST", "DATABASE_PORT", "DOCUMENTS_BUCKET", "REDIS_HOST", "REDIS_PORT");
    }

    private static String services(String extra) {
        return ("{'services':[{'name':'api','image':'nginx:1.27','public':{'paths':['/*']}," + extra + "}]}")
                .replace('\'', '"');
    }

    @Test
    void rangeErrorsBetweenTwoKeysNameBoth() {
        refused(Map.of("platform:compute", services("'min':5,'max':4,'desiredCount':4")),
                "platform:compute.services[0].min: min 5 is greater than max 4; min must be at most max");
        refused(Map.of("platform:compute", services("'min':5")),
                "platform:compute.services[0].min: min 5 is greater than max 4; min must be at most max");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "10.1/16|platform:network.vpcCidr: '10.1/16' is CIDR shorthand, which tools read differently; write all four "
                    + "octets (did you mean 10.1.0.0/16?)",
            "10/8|platform:network.vpcCidr: '10/8' is CIDR shorthand, which tools read differently; write all four "
                    + "octets (did you mean 10.0.0.0/8?)",
            "010.1.0.0/16|platform:network.vpcCidr: '010.1.0.0/16' has an octet with a leading zero, which some tools "
                    + "read as octal; write the octets without leading zeros",
    })
    void cidrShorthandIsRefusedAsSuch(String cidr, String message) {
        refused(Map.of("platform:network", "{\"vpcCidr\":\"" + cidr + "\"}"), message);
    }

    @Test
    void misspeltKeysSuggestTheNearestKnownOne() {
        refused(Map.of("platform:network", "{\"azCont\":3}"), "platform:network.azCont: is not a known setting (did you "
                + "mean azCount?); known settings here: azCount, dataSubnets, dynamoDbGatewayEndpoint, "
                + "flowLogRetentionDays, interfaceEndpoints, natStrategy, privateSubnets, publicSubnets, vpcCidr");
        refused(Map.of("platform:network", "{\"natStrategy\":\"perAZ\"}"), "platform:network.natStrategy: 'perAZ' is "
                + "not allowed (did you mean perAz?); allowed: none, single, perAz");
        assertThat(Suggestions.nearest("enviroment", Set.of("environment", "owner"))).contains("environment");
        assertThat(Suggestions.nearest("zzz", Set.of("environment", "owner"))).isEmpty();
    }

    @Test
    void aListEntryGivenTwiceIsRefused() {
        refused(Map.of("platform:edge", "{\"hostedZone\":\"example.com\",\"apiDomain\":\"api.staging.example.com\","
                        + "\"frontEnds\":[{\"name\":\"web\",\"domainNames\":[\"app.staging.example.com\"],"
                        + "\"geoAllowList\":[\"US\",\"CA\",\"US\"]}]}"),
                "platform:edge.frontEnds[0].geoAllowList[2]: 'US' is listed twice (also at [0]); list it once");
    }

    @Test
    void anExplicitNullIsRefusedNotTakenAsTheDefault() {
        refused(Map.of("platform:network", "{\"azCount\":null}"),
                "platform:network.azCount: has no value; give one or remove the key");
    }

    @Test
    void theRedisAuthTokenIsValidatedWithoutPrintingIt() {
        for (String token : new String[]{"short-token", "has space in the token!!", "has/slash/in/the/token", "x".repeat(129)}) {
            var base = stackFile("staging");
            var values = new HashMap<>(base.values());
            values.put("platform:redisAuthToken", token);
            var raw = new RawConfig("platform", "staging", values, Set.of("platform:redisAuthToken"));
            assertThatThrownBy(() -> load(raw)).message().startsWith("platform:redisAuthToken: the secret ")
                    .doesNotContain(token);
        }
        var values = new HashMap<>(stackFile("staging").values());
        values.put("platform:redisAuthToken", "has@at-sign-in-token");
        assertThatThrownBy(() -> load(new RawConfig("platform", "staging", values, Set.of("platform:redisAuthToken"))))
                .hasMessage("platform:redisAuthToken: the secret contains a character ElastiCache refuses in an AUTH "
                        + "token; allowed: printable ASCII other than space, \", / and @");
        values.put("platform:redisAuthToken", "short");
        assertThatThrownBy(() -> load(new RawConfig("platform", "staging", values, Set.of("platform:redisAuthToken"))))
                .hasMessage("platform:redisAuthToken: the secret is 5 characters long; ElastiCache accepts 16..128");
    }
}
