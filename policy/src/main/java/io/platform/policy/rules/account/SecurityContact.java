package io.platform.policy.rules.account;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;
import io.platform.policy.sdk.UnknownValueException;

import static io.platform.policy.rules.AwsTypes.ACCOUNT_ALTERNATE_CONTACT;

/**
 * AWS can reach the account's security team: an alternate contact of type SECURITY. Advisory: the
 * contact is organisational data that AWS Organizations usually sets for every member account from
 * the management account, outside the workload's stacks.
 */
public final class SecurityContact {
    private SecurityContact() {
    }

    public static StackPolicy policy() {
        return Baseline.rule("account-security-contact", (stack, ctx, anchor) -> {
                    UnknownValueException unknown = null;
                    for (PolicyResource contact : stack.of(ACCOUNT_ALTERNATE_CONTACT)) {
                        try {
                            if (contact.properties().string("alternateContactType").orElse("").equals("SECURITY")) {
                                return;
                            }
                        } catch (UnknownValueException e) {
                            unknown = e;
                        }
                    }
                    if (unknown != null) {
                        throw unknown;
                    }
                    ctx.report(anchor, "the account baseline declares no " + ACCOUNT_ALTERNATE_CONTACT.current()
                            + " of type SECURITY; AWS must be able to reach the security team");
                })
                .description("The account has a security contact")
                .severity(Severity.MEDIUM).level(EnforcementLevel.ADVISORY).controls(SecurityHub.controls("Account.1"))
                .inspects(ACCOUNT_ALTERNATE_CONTACT)
                .fix("Declare account.AlternativeContact with alternateContactType SECURITY in the baseline stack")
                .build();
    }
}
