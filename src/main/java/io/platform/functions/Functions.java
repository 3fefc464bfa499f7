package io.platform.functions;

import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.FunctionConfig;
import io.platform.config.Naming;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Functions tier, {@code platform:functions:Functions}: one {@link LambdaFunction} per entry of
 * {@code platform:functions}, and the S3 notifications their bucket triggers share. It comes after
 * observability, whose alarm topic {@code sns} triggers may subscribe to.
 */
public final class Functions extends ComponentResource {
    private final Map<String, LambdaFunction> functions = new LinkedHashMap<>();

    public Functions(String name, FunctionsArgs args, ComponentResourceOptions options) {
        super("platform:functions:Functions", name, options);
        Naming naming = args.naming();
        for (FunctionConfig config : args.functions()) {
            var unitArgs = new LambdaFunctionArgs(naming, args.account(), config,
                    new LambdaFunctionArgs.Placement(args.privateSubnetIds(), args.securityGroupIds().get(config.name())),
                    args.keys(), args.secretArns(), args.secrets().rotatedBy(config.name()), args.alertTopicArn(),
                    args.logRetentionDays());
            functions.put(config.name(), new LambdaFunction(naming.name(config.name() + "-function"), unitArgs,
                    ComponentResourceOptions.builder().parent(this).build()));
        }
        BucketNotifications.declare(naming, args.account(), functions, CustomResourceOptions.builder().parent(this).build());
        Map<String, com.pulumi.core.Output<?>> outputs = new LinkedHashMap<>();
        functions.forEach((n, f) -> outputs.put(n + "FunctionArn", f.functionArn()));
        registerOutputs(outputs);
    }

    /** Function name → its unit. */
    public Map<String, LambdaFunction> functions() {
        return Collections.unmodifiableMap(functions);
    }
}
