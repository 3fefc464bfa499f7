package io.platform.iam;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.IamStatementConfig;
import io.platform.config.Naming;
import io.platform.iam.PolicyDocument.Statement;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the statements a workload declares in config into IAM statements: placeholders become this
 * stack's partition, region, account, name prefix and bucket names, and {@code function:<name>} the
 * ARN of that function of the stack (deterministic, so no dependency on the functions tier).
 */
public final class DeclaredStatements {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(partition|region|account|prefix|bucket:([a-z0-9-]+))}");

    private DeclaredStatements() {
    }

    public static Output<List<Statement>> resolve(List<IamStatementConfig> declared, Naming naming, AwsAccount account) {
        return Output.tuple(account.partition(), account.accountId()).applyValue(t -> declared.stream()
                .map(s -> Statement.allow(s.sid()).actions(s.actions())
                        .resources(s.resources().stream().map(r -> resource(r, naming, account.region(), t.t1, t.t2))
                                .toList()))
                .toList());
    }

    /** The declared statements as one policy document, exactly and only them. */
    public static Output<String> policy(List<IamStatementConfig> declared, Naming naming, AwsAccount account) {
        return resolve(declared, naming, account).applyValue(statements -> {
            PolicyDocument doc = PolicyDocument.create();
            statements.forEach(doc::statement);
            return doc.toJson();
        });
    }

    /** The ARN of one of this stack's Lambda functions. */
    public static String functionArn(String function, Naming naming, String region, String partition, String accountId) {
        return "arn:" + partition + ":lambda:" + region + ":" + accountId + ":function:" + naming.name(function);
    }

    static String resource(String resource, Naming naming, String region, String partition, String accountId) {
        if (resource.startsWith(IamStatementConfig.FUNCTION_REFERENCE)) {
            return functionArn(resource.substring(IamStatementConfig.FUNCTION_REFERENCE.length()), naming, region,
                    partition, accountId);
        }
        Matcher m = PLACEHOLDER.matcher(resource);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "partition" -> partition;
                case "region" -> region;
                case "account" -> accountId;
                case "prefix" -> naming.project() + "-" + naming.environment();
                default -> naming.bucketName(m.group(2), accountId);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
