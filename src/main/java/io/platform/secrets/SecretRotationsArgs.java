package io.platform.secrets;

import com.pulumi.core.Output;
import io.platform.config.Naming;
import io.platform.config.SecretsConfig;
import io.platform.functions.LambdaFunction;

import java.util.Map;

/**
 * Inputs of the secret-rotation tier.
 *
 * @param secretArns secret name → ARN, including the RDS-managed {@code database/master}
 * @param functions  function name → unit, for rotation functions and their invoke permissions
 */
public record SecretRotationsArgs(Naming naming, SecretsConfig config, Map<String, Output<String>> secretArns,
                                  Map<String, LambdaFunction> functions) {
    public SecretRotationsArgs {
        secretArns = Map.copyOf(secretArns);
        functions = Map.copyOf(functions);
    }
}
