package io.platform.security;

import com.pulumi.core.Output;

/** An ECS task role as the compute tier uses it: the ARN for the task definition, the name for inline policies. */
public record TaskRole(Output<String> arn, Output<String> name, boolean shared) {
}
