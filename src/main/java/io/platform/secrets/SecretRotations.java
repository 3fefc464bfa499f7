package io.platform.secrets;

import com.pulumi.aws.secretsmanager.SecretRotation;
import com.pulumi.aws.secretsmanager.SecretRotationArgs;
import com.pulumi.aws.secretsmanager.inputs.SecretRotationRotationRulesArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.SecretsConfig;
import io.platform.functions.LambdaFunction;

import java.util.List;
import java.util.Map;

/**
 * Rotation schedules, {@code platform:secrets:SecretRotations}: the RDS-managed master secret
 * rotates with RDS's own function on the configured schedule; an application secret through the
 * stack's function that the config names, once Secrets Manager may invoke it. No secret rotates
 * when the schedule is first set: the next rotation comes on schedule, not in the middle of a deploy.
 */
public final class SecretRotations extends ComponentResource {
    public SecretRotations(String name, SecretRotationsArgs args, ComponentResourceOptions options) {
        super("platform:secrets:SecretRotations", name, options);
        for (SecretsConfig.Rotation rotation : args.config().rotations()) {
            String resource = "rotation-" + rotation.secret().replace('/', '-');
            var builder = SecretRotationArgs.builder()
                    .secretId(args.secretArns().get(rotation.secret()))
                    .rotateImmediately(false)
                    .rotationRules(SecretRotationRotationRulesArgs.builder()
                            .automaticallyAfterDays(rotation.days()).build());
            var rotationOptions = CustomResourceOptions.builder().parent(this);
            rotation.function().ifPresent(f -> {
                LambdaFunction function = args.functions().get(f);
                builder.rotationLambdaArn(function.functionArn());
                rotationOptions.dependsOn(List.of(function.rotationPermissions().get(rotation.secret())));
            });
            new SecretRotation(args.naming().name(resource), builder.build(), rotationOptions.build());
        }
        registerOutputs(Map.of());
    }
}
