package io.platform.testing;

import io.platform.config.RawConfig;
import io.platform.plan.PlanResult;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The committed stack files bent into the data and network shapes of the seed systems (issue 14):
 * CredentialMate without NAT or Redis, BerthCare's buckets in ca-central-1 with a DR region, TechCorp's
 * cluster-mode Redis, read replicas, catalogue buckets and EFS. Each is planned once per test JVM.
 */
public final class SeedStacks {
    private static final Map<String, PlanResult> PLANS = new ConcurrentHashMap<>();

    private SeedStacks() {
    }

    /** Seed 002: natStrategy none, VPC endpoints incl. SES SMTP for the mail-sending worker, no Redis. */
    public static RawConfig credentialMate() {
        RawConfig staging = StackFixture.stackFile("staging");
        Map<String, String> overrides = new HashMap<>();
        overrides.put("platform:network", json("{'natStrategy':'none','interfaceEndpoints':['ecr.api','ecr.dkr','logs',"
                + "'secretsmanager','ssmmessages','kms','email-smtp']}"));
        overrides.put("platform:data", json("{'redis':{'enabled':false}}"));
        overrides.put("platform:compute", staging.values().get("platform:compute")
                .replace(",\"REDIS_AUTH_TOKEN\":\"redis/auth-token\"", "")
                .replace("\"worker\":true", "\"worker\":true,\"endpoints\":[\"email-smtp\"]"));
        overrides.put("platform:redisAuthToken", null);
        return StackFixture.withOverrides(staging, overrides);
    }

    /** Seed 003: photos, signatures (object-locked), documents-like records and logs, archived, replicated to us-east-1. */
    public static RawConfig berthCare() {
        return StackFixture.withOverrides(StackFixture.stackFile("staging"), Map.of(
                "aws:region", "ca-central-1",
                "platform:naming", json("{'prefix':'berthcare'}"),
                "platform:network", json("{'vpcCidr':'10.0.0.0/16','azCount':2,'natStrategy':'perAz'}"),
                "platform:operations", json("{'drRegion':'us-east-1'}"),
                "platform:data", json("{'redis':{'replicas':1},'buckets':["
                        + "{'name':'photos','preset':'archive','replication':true,"
                        + "'cors':[{'allowedOrigins':['https://app.staging.example.com'],'allowedMethods':['GET','PUT'],"
                        + "'exposeHeaders':['ETag']}],"
                        + "'access':[{'service':'api','read':['visits/'],'write':['visits/','uploads/']},"
                        + "{'service':'worker','read':['*']}]},"
                        + "{'name':'signatures','preset':'archive','bucketName':'berthcare-signatures-staging',"
                        + "'objectLock':{'mode':'COMPLIANCE','days':2555},'replication':true,"
                        + "'access':[{'service':'api','write':['signatures/']}]},"
                        + "{'name':'records','preset':'archive'},"
                        + "{'name':'logs','preset':'archive','lifecycle':[{'name':'app-logs','prefix':'app/',"
                        + "'transitions':[{'days':30,'storageClass':'STANDARD_IA'},{'days':365,'storageClass':'GLACIER'}],"
                        + "'expirationDays':2555}]}]}")));
    }

    /** Seed 004: Redis 3 × (1 + 2), RDS 15.3 with an in-region and a us-west-2 replica, four buckets, EFS for ML data. */
    public static RawConfig techCorp() {
        return StackFixture.withOverrides(StackFixture.stackFile("production"), Map.of(
                "platform:naming", json("{'prefix':'techcorp'}"),
                "platform:data", json("{'database':{'engineVersion':'15.3','autoMinorVersionUpgrade':false,"
                        + "'instanceClass':'db.r6g.2xlarge','multiAz':true,'backupRetentionDays':30,'allocatedStorageGb':500,"
                        + "'readReplicas':[{'name':'reporting'},{'name':'west','region':'us-west-2',"
                        + "'dbSubnetGroupName':'techcorp-production-db-subnets-us-west-2',"
                        + "'securityGroupIds':['sg-0123456789abcdef0']}]},"
                        + "'redis':{'nodeType':'cache.r6g.large','engineVersion':'7.0','clusterMode':true,'shards':3,"
                        + "'replicas':2},"
                        + "'buckets':[{'name':'customer-data','access':[{'service':'api','read':['*'],'write':['*']}]},"
                        + "{'name':'backups','preset':'archive'},{'name':'logs','preset':'logs'},"
                        + "{'name':'ml-models','access':[{'service':'worker','read':['models/']}]}],"
                        + "'fileSystems':[{'name':'ml-data','transitionToIaDays':30,"
                        + "'accessPoints':[{'name':'training','path':'/training'}],"
                        + "'mounts':[{'service':'worker','accessPoint':'training','containerPath':'/mnt/training',"
                        + "'readOnly':false},{'service':'api','accessPoint':'training','containerPath':'/mnt/training'}]}]}")));
    }

    public static PlanResult plan(String seed) {
        return PLANS.computeIfAbsent(seed, s -> StackFixture.plan(switch (s) {
            case "credentialmate" -> credentialMate();
            case "berthcare" -> berthCare();
            case "techcorp" -> techCorp();
            default -> throw new IllegalArgumentException("no seed stack " + s);
        }));
    }

    /** Config values as Pulumi passes them (JSON), written with single quotes for readability. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
