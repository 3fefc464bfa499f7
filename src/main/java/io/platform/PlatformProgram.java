package io.platform;

import com.pulumi.Context;
import com.pulumi.resources.ComponentResourceOptions;
import io.platform.aws.AwsAccount;
import com.pulumi.core.Output;
import io.platform.compute.Compute;
import io.platform.compute.ComputeArgs;
import io.platform.config.BucketConfig;
import io.platform.config.InjectedVariable;
import io.platform.config.Naming;
import io.platform.config.ServiceConfig;
import io.platform.config.Severity;
import io.platform.config.StackConfig;
import io.platform.storage.SecureBucket;
import io.platform.encryption.KeyPurpose;
import io.platform.data.Data;
import io.platform.data.DataArgs;
import io.platform.data.ServiceIdentities;
import io.platform.storage.SecureBucketArgs;
import io.platform.edge.Certificates;
import io.platform.edge.DnsFailover;
import io.platform.edge.DnsFailoverArgs;
import io.platform.edge.DnsSigning;
import io.platform.edge.DnsSigningArgs;
import io.platform.edge.CertificatesArgs;
import io.platform.edge.Edge;
import io.platform.edge.EdgeArgs;
import io.platform.encryption.Encryption;
import io.platform.encryption.EncryptionArgs;
import io.platform.network.Network;
import io.platform.network.NetworkArgs;
import io.platform.network.SubnetTier;
import io.platform.observability.Observability;
import io.platform.observability.ObservabilityArgs;
import io.platform.operations.DisasterRecovery;
import io.platform.operations.DisasterRecoveryArgs;
import io.platform.operations.Operations;
import io.platform.operations.OperationsArgs;
import io.platform.observability.SecurityEvents;
import io.platform.observability.SecurityEventsArgs;
import io.platform.security.AccessRoles;
import io.platform.security.AccessRolesArgs;
import io.platform.security.AccountBaseline;
import io.platform.observability.LogArchive;
import io.platform.observability.LogArchiveArgs;
import io.platform.config.LogArchiveConfig;
import io.platform.security.AccountBaselineArgs;
import io.platform.security.Security;
import io.platform.security.SecurityArgs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform: wires the tiers together in dependency order. It declares no AWS
 * resource itself; each tier is a component with an args record in and outputs out.
 */
public final class PlatformProgram {
    private PlatformProgram() {
    }

    public static void define(Context ctx, StackConfig config) {
        Naming naming = config.naming();
        AwsAccount account = AwsAccount.lookup(config.region());
        var noOptions = ComponentResourceOptions.Empty;

        Encryption encryption = new Encryption(naming.name("encryption"),
                new EncryptionArgs(naming, account, config.security().kmsDeletionWindowDays(),
                        config.security().accountBaseline(), !config.data().fileSystems().isEmpty(),
                        config.observability().logArchive().isPresent()), noOptions);
        Network network = new Network(naming.name("network"),
                new NetworkArgs(naming, account, config.network(), encryption.logsKeyArn(),
                        config.data().redis().isPresent()), noOptions);
        var services = config.compute();
        Security security = new Security(naming.name("security"), new SecurityArgs(naming, account,
                config.security(), network.vpcId(), network.endpointSecurityGroupId(), network.s3PrefixListId(),
                services.publicPorts(), services.ecrRepositories(),
                services.services().stream().map(ServiceConfig::name).toList(),
                encryption.keyArn(KeyPurpose.S3), encryption.keyArn(KeyPurpose.SECRETS), encryption.logsKeyArn(),
                config.logRetentionDays(), config.data().redis().isPresent(),
                new SecurityArgs.Workloads(services, config.functions(), config.instances(),
                        config.data().grantedServices())),
                noOptions);
        Optional<DisasterRecovery> disasterRecovery = config.operations().drRegion().map(region ->
                new DisasterRecovery(naming.name("dr"), new DisasterRecoveryArgs(naming, account, region,
                        encryption.keyArn(KeyPurpose.S3), replicatedBuckets(config)), noOptions));
        // Each service's own group, and its own task role wherever it holds a grant: bucket prefixes,
        // file-system mounts and NFS rules reach exactly the services that declare them.
        ServiceIdentities identities = new ServiceIdentities(security.taskRoleNames(),
                security.serviceSecurityGroupIds());
        Data data = new Data(naming.name("data"), new DataArgs(naming, account, config.data(),
                config.redisAuthToken(), network.subnetIds(SubnetTier.DATA), security.databaseSecurityGroupId(),
                security.redisSecurityGroupId(), security.rdsMonitoringRoleArn(), encryption.keyArn(KeyPurpose.DATA),
                encryption.keyArn(KeyPurpose.S3), encryption.keyArn(KeyPurpose.SECRETS), encryption.logsKeyArn(),
                config.logRetentionDays(), disasterRecovery.map(DisasterRecovery::replication).orElse(Map.of()),
                identities, new DataArgs.AppTier(network.vpcId(), network.subnetIdsByAz(SubnetTier.PRIVATE))), noOptions);

        Optional<AccountBaseline> baseline = config.security().accountBaseline()
                ? Optional.of(new AccountBaseline(naming.name("account-baseline"), new AccountBaselineArgs(naming,
                        account, encryption.logsKeyArn(), data.accessLogsBucketName(), config.security().audit(),
                        data.bucketArns()), noOptions))
                : Optional.empty();

        Certificates certificates = new Certificates(naming.name("certificates"),
                new CertificatesArgs(naming, config.edge()), noOptions);
        Output<String> albCertificate = config.compute().certificateArn().map(Output::of)
                .orElseGet(() -> certificates.albCertificateArn().orElseThrow());

        Map<String, Output<String>> serviceEnvironment = new LinkedHashMap<>();
        // Exactly the InjectedVariable names (and each catalogue bucket's <NAME>_BUCKET): the config readers
        // refuse services that set one themselves.
        serviceEnvironment.put(InjectedVariable.AWS_REGION.name(), Output.of(config.region()));
        serviceEnvironment.put(InjectedVariable.DATABASE_HOST.name(), data.databaseEndpoint().host());
        serviceEnvironment.put(InjectedVariable.DATABASE_PORT.name(),
                Output.of(Integer.toString(data.databaseEndpoint().port())));
        data.redisEndpoint().ifPresent(redis -> {
            serviceEnvironment.put(InjectedVariable.REDIS_HOST.name(), redis.host());
            serviceEnvironment.put(InjectedVariable.REDIS_PORT.name(), Output.of(Integer.toString(redis.port())));
        });
        serviceEnvironment.put(InjectedVariable.DOCUMENTS_BUCKET.name(), data.documentsBucketName());
        serviceEnvironment.putAll(data.catalogueEnvironment());
        Compute compute = new Compute(naming.name("compute"), new ComputeArgs(naming, account, config.compute(),
                network.vpcId(), network.subnetIds(SubnetTier.PUBLIC), network.subnetIds(SubnetTier.PRIVATE),
                security.albSecurityGroupId(), security.appSecurityGroupId(),
                new ComputeArgs.Roles(security.taskExecutionRoleArn(), security.taskExecutionRoleName(),
                        security.taskRoleArn(), security.taskRoleName()),
                security.webAclArn(), data.secretArns(),
                new ComputeArgs.Keys(encryption.keyArn(KeyPurpose.SECRETS), encryption.logsKeyArn(),
                        encryption.keyArn(KeyPurpose.S3)),
                data.accessLogsBucketName(), albCertificate, serviceEnvironment, data.fileSystemMounts(),
                new ComputeArgs.Workloads(security.serviceSecurityGroupIds(), security.taskRoles(),
                        security.codeDeployRoleArn(), config.albRoutePriorities())),
                noOptions);
        Edge edge = new Edge(naming.name("edge"), new EdgeArgs(naming, account, config.edge(), certificates,
                compute.albDnsName(), compute.albZoneId(), encryption.keyArn(KeyPurpose.S3),
                data.accessLogsBucketName(), encryption.logsKeyArn(), config.logRetentionDays(),
                config.failover().isPresent()), noOptions);
        var serviceConfigs = compute.serviceConfigs();
        var database = config.data().database();
        Observability observability = new Observability(naming.name("observability"), new ObservabilityArgs(naming,
                account, config.observability(), encryption.logsKeyArn(),
                new ObservabilityArgs.LoadBalancer(compute.albArnSuffix(), compute.targetGroupArnSuffixes()),
                compute.clusterName(),
                serviceConfigs.values().stream().map(s -> new ObservabilityArgs.Service(s.name(),
                        compute.serviceNames().get(s.name()), compute.logGroupNames().get(s.name()), s.min())).toList(),
                new ObservabilityArgs.Database(data.databaseIdentifier(), data.databaseIsCluster(),
                        config.observability().databaseMaxConnections(), database.maxAllocatedStorageGb()),
                config.data().redis().map(redis -> new ObservabilityArgs.Cache(data.redisReplicationGroupId().orElseThrow(),
                        redis.clusterMode(), redis.shards(), redis.nodesPerShard())),
                data.readReplicas().stream().map(r -> new ObservabilityArgs.Replica(r.config().name(), r.identifier(),
                        r.config().region(), r.provider())).toList(),
                replicatedBuckets(data, disasterRecovery), edge.distributionIds(), certificates.usEast1(),
                config.functions().stream().map(f -> naming.name(f.name())).toList(),
                config.operations().autoShutdown()), noOptions);
        if (!config.access().roles().isEmpty()) {
            new AccessRoles(naming.name("access-roles"), new AccessRolesArgs(naming, account, config.access(),
                    Map.of(Severity.CRITICAL, observability.topicArn(Severity.CRITICAL), Severity.WARNING,
                            observability.topicArn(Severity.WARNING), Severity.INFO, observability.topicArn(Severity.INFO)),
                    baseline.orElseThrow().trailLogGroupName()), noOptions);
        }
        config.observability().logArchive().ifPresent(archive -> new LogArchive(naming.name("log-archive"),
                new LogArchiveArgs(naming, account, archive, archivedLogGroups(archive, compute, baseline),
                        encryption.logsKeyArn(), encryption.keyArn(KeyPurpose.S3), data.accessLogsBucketName()),
                noOptions));
        new Operations(naming.name("operations"), new OperationsArgs(naming, account, config.operations(),
                encryption.keyArn(KeyPurpose.DATA), observability.topicArn(Severity.WARNING),
                new OperationsArgs.Database(data.databaseIdentifier(), data.databaseArn(), data.databaseIsCluster(),
                        database.backupRetentionDays()),
                compute.clusterName(),
                serviceConfigs.values().stream().map(s -> new OperationsArgs.Service(s.name(),
                        compute.scalableResourceIds().get(s.name()), s.min(), s.max())).toList(),
                disasterRecovery), noOptions);
        config.failover().ifPresent(failover -> new DnsFailover(naming.name("dns-failover"), new DnsFailoverArgs(naming,
                failover, certificates.zoneId(), config.edge().apiDomain().orElseThrow(), compute.albDnsName(),
                compute.albZoneId(), observability.topicArn(Severity.CRITICAL)), noOptions));
        if (config.dnssec()) {
            new DnsSigning(naming.name("dns-signing"), new DnsSigningArgs(naming, account, certificates.zoneId(),
                    config.security().kmsDeletionWindowDays()), noOptions);
        }
        var functions = Workloads.declare(ctx, config, new Workloads.Tiers(account, network, security, encryption,
                data, compute, observability));
        if (config.security().findings().enabled()) {
            // After the functions: the GuardDuty rule may invoke one (remediationFunction).
            new SecurityEvents(naming.name("security-events"), new SecurityEventsArgs(naming,
                    config.security().findings(), observability.topicArn(Severity.CRITICAL),
                    observability.topicArn(Severity.WARNING), baseline.map(AccountBaseline::trailLogGroupName),
                    config.security().findings().remediationFunction().map(functions::get).map(f ->
                            new SecurityEventsArgs.Remediation(f.functionArn(), f.functionName()))),
                    noOptions);
        }

        ctx.export("vpcId", network.vpcId());
        ctx.export("alertTopicArn", observability.alertTopicArn());
        ctx.export("albDnsName", compute.albDnsName());
        ctx.export("databaseEndpoint", data.databaseEndpoint().host());
        ctx.export("documentsBucket", data.documentsBucketName());
        ctx.export("githubDeployRoleArn", security.githubDeployRoleArn());
        ctx.export("privateSubnetIds", network.subnetIds(SubnetTier.PRIVATE));
        ctx.export("dataSubnetIds", network.subnetIds(SubnetTier.DATA));
        // What a read replica that another region's stack keeps of this database is placed in.
        ctx.export("dbSubnetGroupName", data.databaseSubnetGroupName());
        ctx.export("databaseSecurityGroupId", security.databaseSecurityGroupId());
        edge.sites().forEach((name, site) -> {
            ctx.export(name + "DistributionDomainName", site.domainName());
            ctx.export(name + "DistributionId", site.distributionId());
            ctx.export(name + "SiteBucket", site.bucketName());
        });
        data.catalogueBuckets().forEach((name, bucket) -> ctx.export(name + "Bucket", bucket.bucketName()));
    }

    /** Each bucket replicated to the DR region, source and destination by name, for its replication alarms. */
    private static List<ObservabilityArgs.ReplicatedBucket> replicatedBuckets(Data data,
                                                                              Optional<DisasterRecovery> dr) {
        Map<String, Output<String>> sources = new LinkedHashMap<>();
        sources.put("documents", data.documentsBucketName());
        data.catalogueBuckets().forEach((name, bucket) -> sources.put(name, bucket.bucketName()));
        return dr.map(d -> d.replication().entrySet().stream().map(e -> new ObservabilityArgs.ReplicatedBucket(
                e.getKey(), sources.get(e.getKey()), e.getValue().destinationBucketArn()
                .applyValue(arn -> arn.substring(arn.lastIndexOf(':') + 1)), SecureBucket.REPLICATION_RULE_ID))
                .toList()).orElse(List.of());
    }

    /** Catalogue buckets that replicate to the DR region (the documents bucket always does). */
    /** Archive name → log group name: the trail's ({@code cloudtrail}) and the named services'. */
    private static Map<String, Output<String>> archivedLogGroups(LogArchiveConfig archive, Compute compute,
                                                                 Optional<AccountBaseline> baseline) {
        Map<String, Output<String>> groups = new LinkedHashMap<>();
        for (String name : archive.logGroups()) {
            groups.put(name, name.equals(LogArchiveConfig.CLOUDTRAIL)
                    ? baseline.orElseThrow().trailLogGroupName() : compute.logGroupNames().get(name));
        }
        return groups;
    }

    private static List<DisasterRecoveryArgs.ReplicatedBucket> replicatedBuckets(StackConfig config) {
        return config.data().buckets().stream().filter(BucketConfig::replication)
                .map(b -> new DisasterRecoveryArgs.ReplicatedBucket(b.name(), b.bucketName(), b.objectLock()
                        .map(l -> new SecureBucketArgs.ObjectLock(l.mode(), l.days())))).toList();
    }
}
