package io.platform.data;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.BucketConfig;
import io.platform.config.DataConfig;
import io.platform.config.FileSystemConfig;
import io.platform.storage.FileSystemMount;
import io.platform.config.Naming;
import io.platform.iam.PolicyDocument.Statement;
import io.platform.storage.LogDelivery;
import io.platform.storage.SecureBucket;
import io.platform.storage.SecureBucketArgs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Data tier (SPEC §3.3): PostgreSQL, Redis, the documents and access-log buckets, and the
 * Secrets Manager secrets. Its outputs are what the compute tier connects services to.
 */
public final class Data extends ComponentResource {
    private final PostgresDatabase database;
    private final Optional<RedisCache> redis;
    private final SecureBucket documents;
    private final SecureBucket accessLogs;
    private final Map<String, SecureBucket> catalogue;
    private final Map<String, SharedFileSystem> fileSystems = new LinkedHashMap<>();
    private final Map<String, Output<String>> secretArns;
    private final List<ReadReplica> readReplicas;
    private final DataConfig config;

    public Data(String name, DataArgs args, ComponentResourceOptions options) {
        super("platform:data:Data", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        var protectedChild = CustomResourceOptions.builder().parent(this)
                .protect(args.config().database().protect()).build();
        var bucketOptions = ComponentResourceOptions.builder().parent(this).build();
        Naming naming = args.naming();
        var account = args.account();
        DataConfig config = args.config();
        this.config = config;

        this.accessLogs = new SecureBucket(naming.name("access-logs-bucket"), SecureBucketArgs.of(naming, "access-logs",
                        account.accountId().applyValue(id -> naming.bucketName("access-logs", id)),
                        // ALB access logging supports only SSE-S3 on its target bucket.
                        SecureBucketArgs.Encryption.s3Managed(), Optional.empty())
                .withLifecycle(SecureBucketArgs.Lifecycle.DEFAULT.withExpiration(config.accessLogExpirationDays()))
                .withExtraStatements(Output.tuple(account.partition(), account.accountId()).applyValue(t -> {
                    String arn = "arn:" + t.t1 + ":s3:::" + naming.bucketName("access-logs", t.t2);
                    List<Statement> statements = new ArrayList<>(List.of(
                            LogDelivery.albAccessLogs(arn, t.t1, account.region(), t.t2),
                            LogDelivery.s3ServerAccessLogs(arn, t.t2)));
                    statements.addAll(LogDelivery.cloudFrontStandardLogs(arn, t.t1, t.t2));
                    return statements;
                })), bucketOptions);

        DataConfig.Documents docs = config.documents();
        SecureBucketArgs documentsArgs = SecureBucketArgs.of(naming, "documents",
                        account.accountId().applyValue(id -> naming.bucketName("documents", id)),
                        SecureBucketArgs.Encryption.kms(args.s3KeyArn()), Optional.of(accessLogs.bucketNameOncePolicyApplies()))
                .withLifecycle(SecureBucketArgs.Lifecycle.DEFAULT.withArchive(docs.glacierAfterDays(),
                        docs.deepArchiveAfterDays()).withPrefixRules(docs.lifecycle().stream()
                        .map(BucketCatalogue::prefixRule).toList()))
                .withBackup();
        if (args.replication().containsKey("documents")) {
            documentsArgs = documentsArgs.withReplication(args.replication().get("documents"));
        }
        if (!docs.corsOrigins().isEmpty()) {
            documentsArgs = documentsArgs.withCors(List.of(new SecureBucketArgs.CorsRule(docs.corsOrigins(),
                    List.of("GET", "PUT"), List.of("*"), List.of(), 3000)));
        }
        if (docs.objectLockDays().isPresent()) {
            documentsArgs = documentsArgs.withObjectLock(new SecureBucketArgs.ObjectLock("GOVERNANCE",
                    docs.objectLockDays().getAsInt()));
        }
        this.documents = new SecureBucket(naming.name("documents-bucket"), documentsArgs, bucketOptions);
        this.catalogue = BucketCatalogue.declare(args, accessLogs.bucketNameOncePolicyApplies(), bucketOptions, child);
        for (FileSystemConfig fs : config.fileSystems()) {
            fileSystems.put(fs.name(), new SharedFileSystem(naming.name("efs-" + fs.name()), new SharedFileSystemArgs(
                    naming, account, fs, args.appTier().vpcId(), args.appTier().subnetIds(), args.dataKeyArn(),
                    args.services()), bucketOptions));
        }

        this.secretArns = AppSecrets.declare(args, child);
        this.database = PostgresDatabase.declare(args, child, protectedChild);
        this.redis = config.redis().map(r -> RedisCache.declare(args, r, child));
        this.readReplicas = declareReplicas(args, database, child, bucketOptions);

        Map<String, Output<?>> outputs = new LinkedHashMap<>();
        outputs.put("databaseEndpoint", database.endpoint().host());
        outputs.put("databaseMasterSecretArn", database.masterSecretArn());
        redis.ifPresent(r -> outputs.put("redisEndpoint", r.endpoint().host()));
        outputs.put("documentsBucket", documents.bucketName());
        outputs.put("accessLogsBucket", accessLogs.bucketName());
        catalogue.forEach((entry, bucket) -> outputs.put(entry + "Bucket", bucket.bucketName()));
        registerOutputs(outputs);
    }

    /**
     * Read replicas: in the stack's region on its data subnets, database group, key and parameter group;
     * in another region through that region's provider, key and parameter group, where config places them.
     */
    private static List<ReadReplica> declareReplicas(DataArgs args, PostgresDatabase database,
                                                     CustomResourceOptions child, ComponentResourceOptions parent) {
        Naming naming = args.naming();
        DataConfig.Database db = args.config().database();
        Map<String, ReplicaRegion> regions = new java.util.TreeMap<>();
        List<ReadReplica> replicas = new ArrayList<>();
        for (DataConfig.ReadReplica replica : db.readReplicas()) {
            ReadReplicaArgs.Placement placement = replica.region().map(region -> {
                ReplicaRegion there = regions.computeIfAbsent(region, r -> ReplicaRegion.declare(args, r, child));
                DataConfig.Placement place = replica.placement().orElseThrow();
                return new ReadReplicaArgs.Placement(Optional.of(there.provider()), there.keyArn(),
                        Output.of(place.dbSubnetGroupName()), Output.of(place.securityGroupIds()),
                        there.parameterGroupName());
            }).orElseGet(() -> new ReadReplicaArgs.Placement(Optional.empty(), args.dataKeyArn(),
                    database.subnetGroupName(), args.databaseSecurityGroupId().applyValue(List::of),
                    database.parameterGroupName()));
            // In its region a replica names its source by identifier; elsewhere only the ARN finds it.
            Output<String> source = replica.crossRegion() ? database.arn() : database.identifier();
            replicas.add(new ReadReplica(naming.name("replica-" + replica.name()), new ReadReplicaArgs(naming, db,
                    replica, source, placement, args.rdsMonitoringRoleArn()), parent));
        }
        return List.copyOf(replicas);
    }

    public Endpoint databaseEndpoint() {
        return database.endpoint();
    }

    /** {@code DBInstanceIdentifier} (RDS) or {@code DBClusterIdentifier} (Aurora), for alarms. */
    public Output<String> databaseIdentifier() {
        return database.identifier();
    }

    public Output<String> databaseArn() {
        return database.arn();
    }

    public boolean databaseIsCluster() {
        return database.cluster();
    }

    /** The DB subnet group: a replica of another region's stack is placed in it. */
    public Output<String> databaseSubnetGroupName() {
        return database.subnetGroupName();
    }

    public List<ReadReplica> readReplicas() {
        return readReplicas;
    }

    /** Where Redis answers (the configuration endpoint in cluster mode); empty when Redis is off. */
    public Optional<Endpoint> redisEndpoint() {
        return redis.map(RedisCache::endpoint);
    }

    public Optional<Output<String>> redisReplicationGroupId() {
        return redis.map(RedisCache::replicationGroupId);
    }

    /** Secret name → ARN, including {@code database/master} (the RDS-managed master secret). */
    public Map<String, Output<String>> secretArns() {
        Map<String, Output<String>> all = new LinkedHashMap<>();
        all.put(DataConfig.DATABASE_MASTER_SECRET, database.masterSecretArn());
        all.putAll(secretArns);
        return Map.copyOf(all);
    }

    public Output<String> documentsBucketName() {
        return documents.bucketName();
    }

    public Output<String> documentsBucketArn() {
        return documents.arn();
    }

    /**
     * Catalogue bucket name → its {@code <NAME>_BUCKET} variable and physical name, which every
     * service gets as plain environment.
     */
    public Map<String, Output<String>> catalogueEnvironment() {
        Map<String, Output<String>> environment = new LinkedHashMap<>();
        for (BucketConfig bucket : config.buckets()) {
            environment.put(bucket.environmentVariable(), catalogue.get(bucket.name()).bucketName());
        }
        return environment;
    }

    /** Service name → the EFS access points it mounts (from every file system). */
    public Map<String, List<FileSystemMount>> fileSystemMounts() {
        Map<String, List<FileSystemMount>> mounts = new LinkedHashMap<>();
        fileSystems.values().forEach(fs -> fs.mounts().forEach((service, list) ->
                mounts.computeIfAbsent(service, s -> new ArrayList<>()).addAll(list)));
        return mounts;
    }

    /** Stack bucket name ({@code documents} and each catalogue bucket) → its ARN, as config names them. */
    public Map<String, Output<String>> bucketArns() {
        Map<String, Output<String>> arns = new LinkedHashMap<>();
        arns.put("documents", documents.arn());
        catalogue.forEach((name, bucket) -> arns.put(name, bucket.arn()));
        return arns;
    }

    /** Catalogue bucket name → its bucket. */
    public Map<String, SecureBucket> catalogueBuckets() {
        return java.util.Collections.unmodifiableMap(catalogue);
    }

    /** The access-log bucket, once its delivery policy is in place. */
    public Output<String> accessLogsBucketName() {
        return accessLogs.bucketNameOncePolicyApplies();
    }
}
