package io.platform.config;

import java.util.List;
import java.util.regex.Pattern;

/** Reads and validates {@code platform:access}. */
final class AccessConfigReader {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,30}");
    private static final Pattern PRINCIPAL = Pattern.compile(
            "arn:([a-z-]+):iam::\\d{12}:(root|(user|role)(/[A-Za-z0-9+=,.@_-]+)+)");

    private AccessConfigReader() {
    }

    static AccessConfig read(ConfigSection access, String partition) {
        List<AccessConfig.Role> roles = access.sections("roles", r -> role(r, partition));
        access.distinct("roles", roles, "name", AccessConfig.Role::name, (i, j) -> "'" + roles.get(i).name()
                + "' is declared twice; allowed: a name used once");
        access.rejectUnknownKeys();
        return new AccessConfig(roles);
    }

    private static AccessConfig.Role role(ConfigSection r, String partition) {
        String name = r.requiredString("name", "the role's short name, e.g. break-glass");
        if (!NAME.matcher(name).matches()) {
            throw new ConfigException(r.keyOf("name"), "'" + name + "' is not allowed; allowed: lower-case letters, "
                    + "digits and '-', starting with a letter, up to 31 characters");
        }
        var policy = r.choice("managedPolicy", AccessConfig.ManagedPolicy.READ_ONLY, AccessConfig.ManagedPolicy.class);
        List<String> principals = r.strings("principals", List.of());
        if (principals.isEmpty()) {
            throw new ConfigException(r.keyOf("principals"), "is missing or []; allowed: IAM user, role or account-root "
                    + "ARNs (arn:" + partition + ":iam::<account>:user/<name>), or " + AccessConfig.THIS_ACCOUNT);
        }
        for (int i = 0; i < principals.size(); i++) {
            principal(r.keyOf("principals") + "[" + i + "]", principals.get(i), partition);
        }
        int session = r.integer("maxSessionSeconds", 3600, 900, 43200);
        int mfaAge = r.integer("mfaMaxAgeSeconds", 3600, 300, 43200);
        Severity severity = r.choice("useSeverity", policy.defaultUseSeverity(), Severity.class);
        return new AccessConfig.Role(name, policy, principals, session, mfaAge, severity);
    }

    private static void principal(String key, String value, String partition) {
        if (value.equals(AccessConfig.THIS_ACCOUNT)) {
            return;
        }
        var m = PRINCIPAL.matcher(value);
        if (!m.matches()) {
            throw new ConfigException(key, "'" + value + "' is not an IAM principal ARN; allowed: arn:" + partition
                    + ":iam::<12-digit account>:root, …:user/<name>, …:role/<name>, or " + AccessConfig.THIS_ACCOUNT);
        }
        if (!m.group(1).equals(partition)) {
            throw new ConfigException(key, "'" + value + "' is in partition " + m.group(1) + ", but the stack deploys to "
                    + partition + "; allowed: arn:" + partition + ":iam::…");
        }
    }
}
