package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.SSM_DOCUMENT;

/** Systems Manager document rules (account-wide SSM settings are account-ssm-settings; managed instances ec2-ssm-managed). */
public final class SsmRules {
    private SsmRules() {
    }

    public static List<Policy> all() {
        return List.of(documentNotPublic());
    }

    public static ResourcePolicy documentNotPublic() {
        return ResourcePolicy.builder("ssm-document-not-public")
                .description("SSM documents are not shared with everyone")
                .severity(Severity.CRITICAL).controls(SecurityHub.controls("SSM.4"))
                .types(SSM_DOCUMENT)
                .fix("Share the document with named account ids only (permissions.account_ids), never All")
                .check((r, ctx) -> {
                    PropertyMap permissions = r.properties().map("permissions");
                    if (permissions.string("type").orElse("").equalsIgnoreCase("Share")
                            && List.of(permissions.string("account_ids").orElse("").split(",")).stream()
                            .anyMatch(a -> a.strip().equalsIgnoreCase("All"))) {
                        ctx.report("permissions.account_ids is All; SSM documents must not be public");
                    }
                })
                .build();
    }
}
