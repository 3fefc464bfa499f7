package io.platform.policy.rules.account;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;
import io.platform.policy.sdk.UnknownValueException;

import java.util.Set;

import static io.platform.policy.rules.AwsTypes.ACCESS_ANALYZER;

/**
 * IAM Access Analyzer watches the account for external access: an analyzer of type ACCOUNT or
 * ORGANIZATION (the unused-access analyzer types do not look for external access).
 */
public final class AccessAnalyzer {
    static final Set<String> EXTERNAL_ACCESS_TYPES = Set.of("ACCOUNT", "ORGANIZATION");

    private AccessAnalyzer() {
    }

    public static StackPolicy policy() {
        return Baseline.rule("account-access-analyzer", (stack, ctx, anchor) -> {
                    UnknownValueException unknown = null;
                    for (PolicyResource analyzer : stack.of(ACCESS_ANALYZER)) {
                        try {
                            // ACCOUNT is the provider's default type.
                            if (EXTERNAL_ACCESS_TYPES.contains(analyzer.properties().string("type").orElse("ACCOUNT"))) {
                                return;
                            }
                        } catch (UnknownValueException e) {
                            unknown = e;
                        }
                    }
                    if (unknown != null) {
                        throw unknown;
                    }
                    ctx.report(anchor, "the account baseline declares no " + ACCESS_ANALYZER.current()
                            + " of type ACCOUNT or ORGANIZATION; an external access analyzer must watch the account");
                })
                .description("An IAM Access Analyzer external access analyzer watches the account")
                .severity(Severity.HIGH).controls(SecurityHub.controls("IAM.28"))
                .inspects(ACCESS_ANALYZER)
                .fix("Declare accessanalyzer.Analyzer with type ACCOUNT (or ORGANIZATION) in the baseline stack")
                .build();
    }
}
