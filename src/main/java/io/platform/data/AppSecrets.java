package io.platform.data;

import com.pulumi.aws.secretsmanager.Secret;
import com.pulumi.aws.secretsmanager.SecretArgs;
import com.pulumi.aws.secretsmanager.SecretVersion;
import com.pulumi.aws.secretsmanager.SecretVersionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.DataConfig;
import io.platform.config.Naming;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Secrets Manager secrets under {@code /{env}/} (seed 001 §5.5.1), encrypted with the secrets
 * key, recoverable for 7 days. App secrets are containers: their values are set outside
 * Pulumi (console or CLI), so they never pass through config or state. The Redis token is
 * the exception: it comes from secret config and is stored for the app to read.
 */
final class AppSecrets {
    static final int RECOVERY_WINDOW_DAYS = 7;

    private AppSecrets() {
    }

    /** Secret name (e.g. {@code app/jwt-secret}) → ARN. */
    static Map<String, Output<String>> declare(DataArgs args, CustomResourceOptions child) {
        Map<String, Output<String>> arns = new LinkedHashMap<>();
        for (String name : args.config().appSecrets()) {
            arns.put(name, secret(args, name, "Set outside Pulumi: aws secretsmanager put-secret-value --secret-id "
                    + args.naming().secretName(name), child).arn());
        }
        if (args.redisAuthToken().isPresent()) {
            Secret redis = secret(args, DataConfig.REDIS_AUTH_SECRET, "Redis AUTH token (from stack secret config)", child);
            new SecretVersion(args.naming().name("redis-auth-token-value"), SecretVersionArgs.builder()
                    .secretId(redis.id())
                    .secretString(Output.ofSecret(args.redisAuthToken().get().reveal()))
                    .build(), child);
            arns.put(DataConfig.REDIS_AUTH_SECRET, redis.arn());
        }
        return arns;
    }

    private static Secret secret(DataArgs args, String name, String description, CustomResourceOptions child) {
        Naming naming = args.naming();
        String resource = "secret-" + name.replace('/', '-');
        return new Secret(naming.name(resource), SecretArgs.builder()
                .name(naming.secretName(name))
                .description(description)
                .kmsKeyId(args.secretsKeyArn())
                .recoveryWindowInDays(RECOVERY_WINDOW_DAYS)
                .tags(naming.tags(resource))
                .build(), child);
    }
}
