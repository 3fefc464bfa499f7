package io.platform.policy.rules.waf;

import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Locale;

import static io.platform.policy.rules.AwsTypes.WEB_ACL_LOGGING;

/** WAF logs redact credentials: the headers in {@code redactedHeaders} (authorization, by default). */
public final class LogRedaction {
    private LogRedaction() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("waf-log-redaction")
                .description("WAF logging redacts the authorization header (and others the config names)")
                .severity(Severity.HIGH)
                .noPublicControl("no control reads WAF redaction; logging credentials would leak them to everyone who "
                        + "reads the logs (SPEC §3.2)")
                .types(WEB_ACL_LOGGING)
                .setting(Setting.strings("redactedHeaders", "Header names (lower case) the logs must redact",
                        List.of("authorization")).nonEmpty().matching("each lower case",
                                v -> ((List<?>) v).stream().allMatch(h -> String.valueOf(h).equals(String.valueOf(h).toLowerCase(Locale.ROOT)))))
                .fix("Add redactedFields { singleHeader { name = \"authorization\" } }")
                .check((r, ctx) -> {
                    List<String> redacted = r.properties().maps("redactedFields").stream()
                            .map(f -> f.map("singleHeader").string("name").orElse("").toLowerCase(Locale.ROOT)).toList();
                    for (String header : ctx.settings().strings("redactedHeaders")) {
                        if (!redacted.contains(header)) {
                            ctx.report("redactedFields does not redact header " + header
                                    + "; WAF logs must not record credentials");
                        }
                    }
                })
                .build();
    }
}
