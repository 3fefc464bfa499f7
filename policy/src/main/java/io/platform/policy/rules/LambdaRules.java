package io.platform.policy.rules;

import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.LAMBDA_FUNCTION;
import static io.platform.policy.rules.AwsTypes.LAMBDA_FUNCTION_URL;
import static io.platform.policy.rules.AwsTypes.LAMBDA_PERMISSION;

/** Lambda function, permission and function URL rules. */
public final class LambdaRules {
    /** Lambda.2's supported runtimes (AWS Security Hub control reference, 2025). */
    static final List<String> SUPPORTED_RUNTIMES = List.of("dotnet8", "java25", "java21", "java17", "java11", "java8.al2",
            "nodejs24.x", "nodejs22.x", "nodejs20.x", "python3.14", "python3.13", "python3.12", "python3.11", "python3.10",
            "ruby3.4", "ruby3.3", "ruby3.2");

    private LambdaRules() {
    }

    public static List<Policy> all() {
        return List.of(notPublic(), permissionSourceArn(), supportedRuntime(), multiAz(), insideVpc(), tracing(),
                deadLetter(), description());
    }

    public static ResourcePolicy notPublic() {
        return ResourcePolicy.builder("lambda-not-public")
                .description("Lambda functions cannot be invoked by everyone (permissions, function URLs)")
                .severity(Severity.CRITICAL).controls(SecurityHub.controls("Lambda.1"))
                .types(LAMBDA_PERMISSION, LAMBDA_FUNCTION_URL)
                .fix("Name the invoking principal with sourceArn/sourceAccount; give function URLs authorizationType AWS_IAM")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (LAMBDA_FUNCTION_URL.has(r.type())) {
                        if (p.string("authorizationType").orElse("").equals("NONE")) {
                            ctx.report("authorizationType is NONE; function URLs must require IAM (AWS_IAM) or sit behind "
                                    + "CloudFront with Origin Access Control");
                        }
                        return;
                    }
                    boolean everyone = p.string("principal").orElse("").equals("*");
                    boolean limited = p.has("sourceArn") || p.has("sourceAccount") || p.has("principalOrgId");
                    if (everyone && !limited) {
                        ctx.report("principal is * without sourceArn, sourceAccount or principalOrgId; "
                                + "functions must not be invocable by everyone");
                    }
                })
                .build();
    }

    public static ResourcePolicy permissionSourceArn() {
        return ResourcePolicy.builder("lambda-permission-source-arn")
                .description("Permissions for AWS services name the source resource (sourceArn)")
                .severity(Severity.HIGH)
                .noPublicControl("Lambda.1 only flags public policies; naming the source (the confused-deputy guard) is "
                        + "pulumi compliance-policies aws-lambda-permission-configure-source-arn")
                .types(LAMBDA_PERMISSION)
                .fix("Set sourceArn to the rule, bucket, topic or API that invokes the function")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String principal = p.string("principal").orElse("");
                    if (principal.endsWith(".amazonaws.com") && !p.has("sourceArn")) {
                        ctx.report("sourceArn is not set for principal " + principal
                                + "; only the named source may invoke the function");
                    }
                })
                .build();
    }

    public static ResourcePolicy supportedRuntime() {
        return ResourcePolicy.builder("lambda-supported-runtime")
                .description("Lambda functions use a supported runtime")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("Lambda.2"))
                .types(LAMBDA_FUNCTION)
                .setting(Setting.strings("supportedRuntimes", "Runtimes functions may use (Lambda.2's list; add provided.al2023 "
                        + "for custom runtimes)", SUPPORTED_RUNTIMES).nonEmpty())
                .fix("Move the function to a supported runtime (e.g. python3.13, nodejs22.x, java21)")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (p.string("packageType").orElse("Zip").equals("Image")) {
                        return; // container images carry their own runtime
                    }
                    String runtime = p.string("runtime").orElse(null);
                    if (runtime != null && !ctx.settings().strings("supportedRuntimes").contains(runtime)) {
                        ctx.report("runtime is " + runtime + "; functions must run on a runtime AWS still patches");
                    }
                })
                .build();
    }

    public static ResourcePolicy multiAz() {
        return ResourcePolicy.builder("lambda-multi-az")
                .description("VPC Lambda functions use subnets in at least two Availability Zones")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("Lambda.5"))
                .types(LAMBDA_FUNCTION)
                .fix("List private subnets of two or more AZs in vpcConfig.subnetIds")
                .check((r, ctx) -> {
                    PropertyMap vpc = r.properties().map("vpcConfig");
                    List<Object> subnets = vpc.list("subnetIds"); // ids not known yet still count
                    if (!subnets.isEmpty() && subnets.size() < 2) {
                        ctx.report("vpcConfig.subnetIds has 1 subnet; VPC functions must run in at least two Availability Zones");
                    }
                })
                .build();
    }

    public static ResourcePolicy insideVpc() {
        return ResourcePolicy.builder("lambda-inside-vpc")
                .description("Lambda functions run inside the VPC")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("Lambda.3"))
                .types(LAMBDA_FUNCTION)
                .fix("Set vpcConfig with the private subnets and the function's own security group")
                .check((r, ctx) -> {
                    PropertyMap vpc = r.properties().map("vpcConfig");
                    if (vpc.list("subnetIds").isEmpty()) {
                        ctx.report("vpcConfig.subnetIds is not set; functions must run in the VPC's private subnets");
                    }
                })
                .build();
    }

    public static ResourcePolicy tracing() {
        return ResourcePolicy.builder("lambda-tracing")
                .description("Lambda functions have X-Ray active tracing")
                .severity(Severity.LOW).controls(SecurityHub.controls("Lambda.7"))
                .types(LAMBDA_FUNCTION)
                .fix("Set tracingConfig.mode to Active")
                .check((r, ctx) -> {
                    String mode = r.properties().map("tracingConfig").string("mode").orElse(null);
                    if (!"Active".equals(mode)) {
                        ctx.report("tracingConfig.mode is " + (mode == null ? "not set (PassThrough)" : mode)
                                + "; functions must trace requests with X-Ray");
                    }
                })
                .build();
    }

    public static ResourcePolicy deadLetter() {
        return ResourcePolicy.builder("lambda-dead-letter")
                .description("Lambda functions keep failed asynchronous events in a dead-letter queue")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW)
                .noPublicControl("an operability practice: no control covers dead-letter queues (seed 000/001 functions have one)")
                .types(LAMBDA_FUNCTION)
                .fix("Set deadLetterConfig.targetArn to an encrypted SQS queue")
                .check((r, ctx) -> Checks.requireSet(r.properties().map("deadLetterConfig"), "targetArn",
                        "deadLetterConfig.targetArn", ctx, "", "failed asynchronous invocations must not be lost"))
                .build();
    }

    public static ResourcePolicy description() {
        return ResourcePolicy.builder("lambda-description")
                .description("Lambda functions say what they do")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW)
                .noPublicControl("an audit-trail practice; pulumi compliance-policies aws-lambda-function-missing-description "
                        + "checks the same")
                .types(LAMBDA_FUNCTION)
                .fix("Set description")
                .check((r, ctx) -> Checks.requireSet(r.properties(), "description", ctx, "", "say what the function does"))
                .build();
    }
}
