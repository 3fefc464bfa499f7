package io.platform.config;

import java.util.List;

/**
 * {@code platform:access}: roles people assume (seed 001 §11.1: developer roles separate from the
 * administrator's, mandatory MFA). Each is assumable only by its named principals, only with MFA
 * ({@code aws:MultiFactorAuthPresent} true and an {@code aws:MultiFactorAuthAge} limit), for at most
 * {@code maxSessionSeconds}; every use raises an alarm of its severity. Empty: no such roles.
 */
public record AccessConfig(List<Role> roles) {
    /** Stands for this stack's own account root in {@code principals}: its IAM identities, by their own policies. */
    public static final String THIS_ACCOUNT = "this-account";

    public AccessConfig {
        roles = List.copyOf(roles);
    }

    /**
     * @param name              the role's short name ({@code break-glass}), in its IAM name
     * @param policy            the AWS managed policy attached, also its permissions boundary
     * @param principals        IAM user/role or account-root ARNs, or {@link #THIS_ACCOUNT}
     * @param maxSessionSeconds the role's maximum session duration, 900..43200
     * @param mfaMaxAgeSeconds  how long ago the MFA sign-in may have been ({@code aws:MultiFactorAuthAge})
     * @param useSeverity       the severity of the alarm raised when the role is assumed
     */
    public record Role(String name, ManagedPolicy policy, List<String> principals, int maxSessionSeconds,
                       int mfaMaxAgeSeconds, Severity useSeverity) {
        public Role {
            principals = List.copyOf(principals);
        }
    }

    /**
     * The AWS managed policies a person's role may carry. AdministratorAccess is not among them: the pack's
     * {@code iam-no-administrator-access} forbids it, so break-glass is PowerUserAccess (everything but IAM
     * and Organizations administration).
     */
    public enum ManagedPolicy implements Named {
        READ_ONLY("ReadOnlyAccess", "ReadOnlyAccess"),
        VIEW_ONLY("ViewOnlyAccess", "job-function/ViewOnlyAccess"),
        SECURITY_AUDIT("SecurityAudit", "SecurityAudit"),
        SUPPORT_USER("SupportUser", "job-function/SupportUser"),
        POWER_USER("PowerUserAccess", "PowerUserAccess");

        private final String configName;
        private final String path;

        ManagedPolicy(String configName, String path) {
            this.configName = configName;
            this.path = path;
        }

        @Override
        public String configName() {
            return configName;
        }

        public String arn(String partition) {
            return "arn:" + partition + ":iam::aws:policy/" + path;
        }

        /** Who can change the account is paged when the role is used; readers are noted in the channel. */
        public Severity defaultUseSeverity() {
            return this == POWER_USER ? Severity.CRITICAL : Severity.INFO;
        }
    }
}
