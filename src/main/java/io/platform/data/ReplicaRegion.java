package io.platform.data;

import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.rds.ParameterGroup;
import com.pulumi.aws.rds.ParameterGroupArgs;
import com.pulumi.aws.rds.inputs.ParameterGroupParameterArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.DataConfig;
import io.platform.config.Naming;
import io.platform.encryption.KeyPolicies;
import io.platform.encryption.KeyPurpose;

/**
 * What read replicas in another region share there: an explicit provider for that region (as the
 * DR tier has), a data key of that region (a cross-region replica of an encrypted instance must be
 * encrypted with a key where it lives), and the TLS-only parameter group.
 */
record ReplicaRegion(String region, Provider provider, Output<String> keyArn, Output<String> parameterGroupName) {

    static ReplicaRegion declare(DataArgs args, String region, CustomResourceOptions child) {
        Naming naming = args.naming();
        var account = args.account();
        Provider provider = new Provider(naming.name("replica-" + region), ProviderArgs.builder().region(region).build(),
                child);
        var there = CustomResourceOptions.merge(child, CustomResourceOptions.builder().provider(provider).build());
        Key key = new Key(naming.name("replica-data-" + region), KeyArgs.builder()
                .description("Encrypts the " + region + " read replicas of " + naming.name("db"))
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .policy(Output.tuple(account.partition(), account.accountId()).applyValue(t ->
                        KeyPolicies.render(KeyPurpose.DATA, t.t1, region, t.t2, false)))
                .tags(naming.tags("replica-data-" + region))
                .build(), there);
        DataConfig.Database db = args.config().database();
        ParameterGroup parameters = new ParameterGroup(naming.name("db-params-" + region), ParameterGroupArgs.builder()
                .family("postgres" + PostgresParameters.majorVersion(db.engineVersion()))
                .description("TLS-only PostgreSQL with connection logging (read replicas)")
                .parameters(PostgresParameters.values().entrySet().stream().map(p -> ParameterGroupParameterArgs.builder()
                        .name(p.getKey()).value(p.getValue()).applyMethod("pending-reboot").build()).toList())
                .tags(naming.tags("db-params-" + region))
                .build(), there);
        return new ReplicaRegion(region, provider, key.arn(), parameters.name());
    }
}
